import type { Register } from './defineList';
import type { FieldDefinition } from './fields';
import { fieldSchemaXml } from './schemaXml';
import { listValidation } from './sharePointValidation';
import { systemFields } from './systemFields';

/**
 * Everything the registers ask of a site, as one text: each list's title, description and rules, each
 * column's SchemaXml and who may open or change the list. Two releases whose registers ask the same of a
 * site give the same text, so its digest says whether a site was brought up to this release.
 */
export function siteDeclarationText(registers: readonly Register[]): string {
  return registers
    .map((register) => {
      const validation = listValidation(register);
      const fields = Object.entries({ ...register.fields, ...systemFields }) as Array<[string, FieldDefinition]>;
      return [
        `${register.title}|${register.description}|${register.readableOnlyBy ?? ''}|${register.editableOnlyBy ?? ''}`,
        `${validation?.formula ?? ''}|${validation?.message ?? ''}`,
        ...fields.map(([name, field]) => fieldSchemaXml(register, name, field, (target) => target))
      ].join('\n');
    })
    .join('\n\n');
}
