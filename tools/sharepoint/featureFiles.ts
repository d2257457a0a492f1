import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { registers } from '../../src/domain/registers';
import type { Register } from '../../src/domain/lists/defineList';
import { escapeXml, fieldSchemaXml } from '../../src/domain/lists/schemaXml';
import { systemFields } from '../../src/domain/lists/systemFields';

/**
 * The SPFx feature that provisions every register when the app is added to a site ("Provision SharePoint
 * assets with your solution package"): one ListInstance each in elements.xml, with a custom schema that
 * carries its fields (fields only in elements.xml are not added to the list: sp-dev-docs issue 8508).
 */

const allRegisters = registers as unknown as readonly Register[];
const root = path.join(__dirname, '..', '..');

const schemaFileName = (register: Register): string => `${path.basename(register.url)}.schema.xml`;

function lookupListUrl(registerName: string): string {
  const target = allRegisters.find((register) => register.name === registerName);
  if (!target) throw new Error(`No register is named ${registerName}.`);
  return target.url;
}

function listSchema(register: Register): string {
  const fields = Object.entries({ ...register.fields, ...systemFields }).map(
    ([name, field]) => `      ${fieldSchemaXml(register, name, field, lookupListUrl)}`
  );
  const shown = Object.entries(register.fields)
    .filter(([name, field]) => name !== 'Title' && (field.required || field.indexed))
    .slice(0, 8)
    .map(([name]) => `          <FieldRef Name="${name}" />`);
  return `<?xml version="1.0" encoding="utf-8"?>
<List xmlns:ows="Microsoft SharePoint" Title="${escapeXml(register.title)}" FolderCreation="FALSE" VersioningEnabled="TRUE" Direction="$Resources:Direction;" Url="${register.url}" BaseType="0" xmlns="http://schemas.microsoft.com/sharepoint/">
  <MetaData>
    <Fields>
${fields.join('\n')}
    </Fields>
    <Views>
      <View BaseViewID="1" Type="HTML" WebPartZoneID="Main" DisplayName="All items" DefaultView="TRUE" MobileView="TRUE" MobileDefaultView="TRUE" SetupPath="pages\\viewpage.aspx" ImageUrl="/_layouts/images/generic.png" Url="AllItems.aspx">
        <XslLink Default="TRUE">main.xsl</XslLink>
        <JSLink>clienttemplates.js</JSLink>
        <RowLimit Paged="TRUE">30</RowLimit>
        <Toolbar Type="Standard" />
        <ViewFields>
          <FieldRef Name="LinkTitle" />
${shown.join('\n')}
        </ViewFields>
        <Query>
          <OrderBy>
            <FieldRef Name="ID" Ascending="FALSE" />
          </OrderBy>
        </Query>
      </View>
    </Views>
    <Forms>
      <Form Type="DisplayForm" Url="DispForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />
      <Form Type="EditForm" Url="EditForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />
      <Form Type="NewForm" Url="NewForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />
    </Forms>
  </MetaData>
</List>
`;
}

function elements(): string {
  const instances = allRegisters.map(
    (register) => `  <ListInstance CustomSchema="${schemaFileName(register)}" FeatureId="00bfea71-de22-43b2-a848-c05709900100" Title="${escapeXml(register.title)}" Description="${escapeXml(register.description)}" TemplateType="100" Url="${register.url}" />`
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<Elements xmlns="http://schemas.microsoft.com/sharepoint/">
${instances.join('\n')}
</Elements>
`;
}

/** package-solution.json with the feature's asset lists set to the files generated here. */
function packageSolution(): string {
  const config = JSON.parse(readFileSync(path.join(root, 'config', 'package-solution.json'), 'utf8'));
  config.solution.features[0].assets = {
    elementManifests: ['elements.xml'],
    elementFiles: allRegisters.map(schemaFileName)
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export function featureFiles(): Array<[string, string]> {
  return [
    ['sharepoint/assets/elements.xml', elements()],
    ...allRegisters.map((register): [string, string] => [`sharepoint/assets/${schemaFileName(register)}`, listSchema(register)]),
    ['config/package-solution.json', packageSolution()]
  ];
}
