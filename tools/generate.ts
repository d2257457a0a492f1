import * as path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { generatedFiles } from './generatedFiles';

const root = path.join(__dirname, '..');

for (const [file, content] of generatedFiles()) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
  console.log(`wrote ${file}`);
}
