import * as React from 'react';
import { MessageBar, MessageBarButton, MessageBarType, Text } from '@fluentui/react';
import type { SharePointProblem } from '../data/sharePointProblem';

export interface SharePointProblemMessageProps {
  problem: SharePointProblem;
  siteUrl: string;
  onRetry: () => void;
}

function explain(problem: SharePointProblem, siteUrl: string): { title: string; advice: string } {
  switch (problem.kind) {
    case 'unreachable':
      return {
        title: 'Cannot reach SharePoint.',
        advice: `Nothing answered at ${siteUrl}. Check your network connection and try again. If it keeps happening, tell IT.`
      };
    case 'notFound':
      return {
        title: 'Cannot reach SharePoint.',
        advice: `There is no SharePoint site at ${siteUrl}. Ask IT to check the address.`
      };
    case 'missingList':
      return {
        title: `This site has no list “${problem.list ?? ''}”.`,
        advice: 'This version of Custodian needs it. A site owner can add it: open Custodian on this site and choose “Update the site now”.'
      };
    case 'signedOut':
      return { title: 'Your sign-in has expired.', advice: 'Reload the page to sign in again.' };
    case 'denied':
      return {
        title: 'You do not have access to this site.',
        advice: `Ask the site owner to give you access to ${siteUrl}.`
      };
    case 'busy':
      return { title: 'SharePoint is busy.', advice: 'It asked us to slow down. Try again in a minute.' };
    case 'failed':
      return { title: 'SharePoint refused the request.', advice: 'Try again. If it keeps happening, tell IT and quote the details below.' };
  }
}

/** A failed SharePoint request explained in plain English, with a way to try again and the details IT will ask for. */
export function SharePointProblemMessage({ problem, siteUrl, onRetry }: SharePointProblemMessageProps): JSX.Element {
  const { title, advice } = explain(problem, siteUrl);
  const status = problem.status === undefined ? 'no response' : `HTTP ${problem.status}`;
  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline
      actions={<MessageBarButton onClick={onRetry}>Try again</MessageBarButton>}
    >
      <strong>{title}</strong> {advice}
      <Text as="p" variant="small" block>
        Details for IT: {status}. {problem.detail}
      </Text>
    </MessageBar>
  );
}
