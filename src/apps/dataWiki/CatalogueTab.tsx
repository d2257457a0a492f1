import * as React from 'react';
import { Checkbox, Link, mergeStyleSets, Text, type IDropdownOption } from '@fluentui/react';
import { Flex } from '../../ui/Flex';
import { LazyDropdown } from '../../ui/LazyDropdown';
import type { Saved } from '../../domain/lists/itemQuery';
import type { SiteList } from '../../data/siteSchema';
import type { CatalogueItem } from '../../data/wikiData';
import type { IsoDate } from '../../domain/calendar/isoDate';
import { longUkDate } from '../../domain/calendar/longDates';
import type { Register } from '../../domain/lists/defineList';
import { dataCatalogue } from '../../domain/registers/dataCatalogue';
import { responsibleFields, reviewDue, rolesOf } from '../../domain/wiki/catalogue';
import { formatCount } from '../../domain/lists/displayValue';
import { formatPercent } from '../../domain/quality/scores';
import type { LatestRun } from '../../domain/wiki/latestResults';
import { NewEntryButton } from './NewEntryButton';
import type { ItemPanelState } from '../../ui/form/ItemPanel';
import type { Load } from '../../ui/useLoad';

const styles = mergeStyleSets({
  datasets: { listStyle: 'none', padding: 0, margin: 0 },
  dataset: { padding: '12px 0', borderBottom: '1px solid', overflowWrap: 'anywhere' },
  heading: { margin: 0, fontSize: 16, fontWeight: 600 },
  due: { fontWeight: 600 }
});

const all = 'all';

export interface CatalogueTabProps {
  catalogue: ReadonlyArray<Saved<CatalogueItem>>;
  registers: readonly Register[];
  lists: readonly SiteList[];
  today: IsoDate;
  onOpenDictionary: (listTitle: string) => void;
  /** The data-quality tab's latest run of each register, by register name. */
  latestRuns: Load<ReadonlyMap<string, LatestRun>>;
  canEdit: boolean;
  /** Opens the dataset editor: a new dataset, or one to change or see the history of. */
  onEdit: (state: ItemPanelState) => void;
}

const fields = dataCatalogue.fields;
const filterStyles = { root: { minWidth: 200 } };

/** Every dataset, filtered by directorate, classification or the person responsible, with the reviews that are due. */
export function CatalogueTab({ catalogue, registers, lists, today, onOpenDictionary, latestRuns, canEdit, onEdit }: CatalogueTabProps): JSX.Element {
  const [directorate, setDirectorate] = React.useState<string>(all);
  const [classification, setClassification] = React.useState<string>(all);
  const [person, setPerson] = React.useState<number | typeof all>(all);
  const [onlyDue, setOnlyDue] = React.useState(false);
  const itemCounts = new Map(lists.map((list) => [list.title.toLowerCase(), list.itemCount]));
  const kept = new Set(registers.map((register) => register.title.toLowerCase()));
  const registerNames = new Map(registers.map((register) => [register.title.toLowerCase(), register.name]));
  const qualityOf = (title: string): string | undefined => {
    const name = registerNames.get(title.toLowerCase());
    if (!name || latestRuns.state === 'loading') return undefined;
    if (latestRuns.state === 'failed') return 'Data quality: the latest scores could not be read.';
    const run = latestRuns.value.get(name);
    return run ? `Data quality: ${formatPercent(run.overall)} overall, checked ${longUkDate(run.day)}.` : 'Data quality: not checked in the last month.';
  };

  const people = new Map<number, string>();
  for (const { item } of catalogue) {
    for (const field of responsibleFields) {
      const who = item[field];
      if (who) people.set(who.id, who.title ?? `Person ${who.id}`);
    }
  }
  const options = (values: Iterable<string>, everything: string): IDropdownOption[] => [{ key: all, text: everything }, ...[...new Set(values)].sort().map((value) => ({ key: value, text: value }))];

  const shown = catalogue
    .filter(({ item }) => directorate === all || item.Directorate === directorate)
    .filter(({ item }) => classification === all || item.Classification === classification)
    .filter(({ item }) => person === all || rolesOf(item, person).length > 0)
    .filter(({ item }) => !onlyDue || reviewDue(item.LastReviewed, today))
    .sort((a, b) => a.item.Title.localeCompare(b.item.Title, 'en-GB'));
  const due = catalogue.filter(({ item }) => reviewDue(item.LastReviewed, today)).length;

  return (
    <Flex gap={12}>
      <NewEntryButton noun="dataset" canEdit={canEdit} onEdit={onEdit} />
      <Flex horizontal wrap gap={12}>
        <LazyDropdown label="Directorate" options={options(catalogue.map(({ item }) => item.Directorate), 'Every directorate')} selectedKey={directorate} onChange={(_, option) => option && setDirectorate(String(option.key))} styles={filterStyles} />
        <LazyDropdown
          label="Classification"
          options={options(catalogue.map(({ item }) => item.Classification), 'Any classification')}
          selectedKey={classification}
          onChange={(_, option) => option && setClassification(String(option.key))}
          styles={filterStyles}
        />
        <LazyDropdown
          label="Responsible person"
          options={[{ key: all, text: 'Anyone' }, ...[...people].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => ({ key: id, text: name }))]}
          selectedKey={person}
          onChange={(_, option) => option && setPerson(option.key === all ? all : Number(option.key))}
          styles={filterStyles}
        />
      </Flex>
      <Checkbox label={`Only the ${due} due for review (not reviewed for a year)`} checked={onlyDue} onChange={(_, checked) => setOnlyDue(Boolean(checked))} />
      <Text role="status">
        Showing {shown.length} of {catalogue.length} datasets.
      </Text>
      <ul className={styles.datasets} aria-label="Datasets">
        {shown.map(({ id, item }) => {
          const roles = person === all ? [] : rolesOf(item, person);
          const count = itemCounts.get(item.Title.toLowerCase());
          return (
            <li key={id} className={styles.dataset}>
              <h3 className={styles.heading}>{item.Title}</h3>
              <Text block>{item.Description}</Text>
              <Text block>
                {item.Directorate} · {item.Classification} · {fields.PersonalData.title}: {item.PersonalData}
                {item.LawfulBasis ? ` (${item.LawfulBasis})` : ''}
                {kept.has(item.Title.toLowerCase()) && count !== undefined ? ` · ${formatCount(count)} items, kept by Custodian` : ''}
              </Text>
              {qualityOf(item.Title) && <Text block>{qualityOf(item.Title)}</Text>}
              <Text block>
                {responsibleFields.map((field) => `${fields[field].title}: ${item[field]?.title ?? 'not named'}`).join(' · ')}
              </Text>
              {roles.length > 0 && <Text block>{`${people.get(person as number)} is its ${roles.join(' and ').toLowerCase()}.`}</Text>}
              <Text block>
                {item.RetentionPeriod ? `Kept for ${item.RetentionPeriod}${item.DisposalAction ? `, then ${item.DisposalAction.toLowerCase()}` : ''}. ` : ''}
                {item.LastReviewed ? `Last reviewed ${longUkDate(item.LastReviewed)}.` : 'Never reviewed.'}{' '}
                {reviewDue(item.LastReviewed, today) && <span className={styles.due}>Review due.</span>}
              </Text>
              <Flex horizontal wrap gap={16}>
                {(kept.has(item.Title.toLowerCase()) || itemCounts.has(item.Title.toLowerCase())) && (
                  <Link onClick={() => onOpenDictionary(item.Title)}>Data dictionary of {item.Title}</Link>
                )}
                <Link onClick={() => onEdit({ kind: 'item', id, editing: canEdit, history: !canEdit })} aria-label={`${canEdit ? 'Edit' : 'History of'} ${item.Title}`}>
                  {canEdit ? 'Edit' : 'History'}
                </Link>
              </Flex>
            </li>
          );
        })}
      </ul>
    </Flex>
  );
}
