import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { generatedFiles } from '../../tools/generatedFiles';

const root = path.join(__dirname, '..', '..');

describe('generated files', () => {
  it.each([...generatedFiles()].map(([file, content]) => [file, content]))(
    '%s is what `npm run generate` produces now',
    (file, content) => {
      expect(readFileSync(path.join(root, file), 'utf8')).toBe(content);
    }
  );
});
