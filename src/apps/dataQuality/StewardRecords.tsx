import * as React from 'react';
import { DefaultButton } from '@fluentui/react';
import type { Saved } from '../../domain/lists/itemQuery';
import { formatLondonDateTime } from '../../domain/clock';
import { ukDate } from '../../domain/lists/displayValue';
import { auditTrail, type QualityException, type QualityFix } from '../../domain/quality/qualityAudit';
import { qualityExceptions } from '../../domain/registers';
import { FiguresTable } from '../../ui/report/FiguresTable';

const when = (value: string): string => (value.includes('T') ? formatLondonDateTime(new Date(value)) : ukDate(value));

export interface ExceptionsListProps {
  exceptions: ReadonlyArray<Saved<QualityException>>;
  sentenceOf: (checkId: string) => string;
  /** "Anne Kovacek (item 3)": the item's title, for a steward who knows the record by name. */
  itemLabel: (itemId: number) => string;
  /** Absent when SharePoint would not let the person change exceptions. */
  onRevert?: (exception: Saved<QualityException>) => void;
}

/** Every exception, active first then newest first; an active one can be reverted, so its item counts again. */
export function ExceptionsList({ exceptions, sentenceOf, itemLabel, onRevert }: ExceptionsListProps): JSX.Element {
  if (!exceptions.length) return <p>No exceptions have been recorded for this register.</p>;
  const ordered = [...exceptions].sort((a, b) => (a.item.Status === b.item.Status ? b.id - a.id : a.item.Status === 'Active' ? -1 : 1));
  return (
    <FiguresTable
      caption="Exceptions recorded by stewards"
      headers={[...(['ItemId', 'RuleId', 'Reason', 'ExceptedBy', 'ExceptedOn', 'Status'] as const).map((name) => qualityExceptions.fields[name].title), 'Action']}
      rows={ordered.map((exception) => {
        const { item } = exception;
        return [
          itemLabel(item.ItemId),
          sentenceOf(item.RuleId),
          item.Explanation ? `${item.Reason}: ${item.Explanation}` : item.Reason,
          item.ExceptedBy?.title ?? '',
          ukDate(item.ExceptedOn),
          item.Status === 'Reverted' && item.RevertedOn ? `Reverted ${ukDate(item.RevertedOn)} by ${item.RevertedBy?.title ?? 'someone'}` : item.Status,
          item.Status === 'Active' && onRevert ? (
            <DefaultButton text="Revert" ariaLabel={`Revert the exception for item ${item.ItemId}: ${sentenceOf(item.RuleId)}`} onClick={() => onRevert(exception)} />
          ) : (
            ''
          )
        ];
      })}
    />
  );
}

export interface AuditListProps {
  fixes: ReadonlyArray<Saved<QualityFix>>;
  exceptions: ReadonlyArray<Saved<QualityException>>;
  sentenceOf: (checkId: string) => string;
  itemLabel: (itemId: number) => string;
}

/** Who fixed, excepted or reverted what, and when, newest first. */
export function AuditList({ fixes, exceptions, sentenceOf, itemLabel }: AuditListProps): JSX.Element {
  const trail = auditTrail(fixes, exceptions);
  if (!trail.length) return <p>Nothing has been fixed or excepted through this tab yet.</p>;
  return (
    <FiguresTable
      caption="What stewards have done, newest first"
      headers={['When', 'Who', 'Action', 'Item', 'Rule', 'Detail']}
      rows={trail.map((entry) => [when(entry.when), entry.who, entry.action, itemLabel(entry.itemId), sentenceOf(entry.checkId), entry.detail])}
    />
  );
}
