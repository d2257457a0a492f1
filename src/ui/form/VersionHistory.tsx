import * as React from 'react';
import { Text } from '@fluentui/react';
import type { ItemVersion } from '../../data/versionHistory';
import { formatLondonDateTime } from '../../domain/clock';
import { displayValue } from '../../domain/lists/displayValue';
import type { FieldDefinition } from '../../domain/lists/fields';

export interface VersionHistoryProps {
  fields: Readonly<Record<string, FieldDefinition>>;
  versions: readonly ItemVersion[];
}

const shown = (field: FieldDefinition | undefined, value: unknown): string => (field ? displayValue(field, value) : String(value ?? '')) || '(blank)';

/** Who changed what, and when: newest first, each change as "field: before → after". */
export function VersionHistory({ fields, versions }: VersionHistoryProps): JSX.Element {
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Version history">
      {versions.map((version, index) => (
        <li key={version.label} style={{ marginBottom: 12 }}>
          {/* A history is shown in an item's panel, whose title is the first heading. */}
          <Text as="h2" variant="medium" block styles={{ root: { fontWeight: 600, margin: 0 } }}>
            {index === versions.length - 1 ? 'Created' : 'Changed'} by {version.editor || 'someone unknown'}, {formatLondonDateTime(new Date(version.saved))}{' '}
            (version {version.label})
          </Text>
          {version.changes.length === 0 ? (
            <Text block>No field changed.</Text>
          ) : (
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {version.changes.map((change) => (
                <li key={change.field}>
                  {fields[change.field]?.title ?? change.field}:{' '}
                  {index === versions.length - 1
                    ? shown(fields[change.field], change.to)
                    : `${shown(fields[change.field], change.from)} → ${shown(fields[change.field], change.to)}`}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
