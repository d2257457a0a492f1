import * as React from 'react';
import { Link, MessageBar, MessageBarType, Spinner } from '@fluentui/react';
import { createRepository } from '../../data/repository';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import { firstScreenFields, type OfferedRegister, type RegisterScreenDeclaration } from '../../domain/lists/registerScreen';
import type { ViewContext } from '../../domain/lists/registerViews';
import { offeredRegisters } from '../../domain/registers/offeredRegisters';
import { SharePointProblemMessage } from '../../ui/SharePointProblemMessage';
import { useLoad } from '../../ui/useLoad';
import type { AppDefinition, AppProps } from '../appDefinition';
import { AppShell } from '../shell/AppShell';
import type { Services } from '../services';
import { chosenRegister, withChosenViews } from './registerChoice';
import { RegisterScreen } from './RegisterScreen';

const title = 'Custodian register';
const summary = 'Any of Custodian’s registers, with its views, search, forms, import and export: choose which in the web part’s settings.';
const sameContext = (_: unknown, base: ViewContext): ViewContext => base;

/** Until a site owner chooses a register in the web part's settings, anyone may open one from here. */
function ChooseRegister({ onChoose, onShown, unknown }: { onChoose: (offered: OfferedRegister) => void; onShown: () => void; unknown?: string }): JSX.Element {
  // Nothing to read: the page has settled (and may now ask whether the site's lists are up to date).
  React.useEffect(onShown, [onShown]);
  return (
    <div>
      <MessageBar messageBarType={unknown ? MessageBarType.warning : MessageBarType.info} isMultiline>
        {unknown
          ? `This web part was set to show a register called “${unknown}”, which this version of Custodian does not have. A site owner can choose another in the web part’s settings.`
          : 'This web part has not been set to show a register yet. A site owner can choose one in the web part’s settings; meanwhile, open one here.'}
      </MessageBar>
      <ul aria-label="Registers">
        {offeredRegisters.map((offered) => (
          <li key={offered.name}>
            <Link onClick={() => onChoose(offered)}>{offered.title}</Link>: {offered.description}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The register's screen, once its code (its declaration and views) has loaded: each register is a chunk of its own. */
function OfferedScreen(props: { offered: OfferedRegister; services: Services; userId: number | undefined; chosenHere: boolean; onSettled: () => void }): JSX.Element {
  const { offered, services, userId, chosenHere, onSettled } = props;
  const [screen, retry] = useLoad<RegisterScreenDeclaration>(offered.screen, [offered]);
  if (screen.state === 'loading') return <Spinner label={`Opening ${offered.title}…`} />;
  if (screen.state === 'failed') return <SharePointProblemMessage problem={describeSharePointProblem(screen.error)} siteUrl={services.siteUrl} onRetry={retry} />;
  return (
    <RegisterScreen
      services={services}
      screen={withChosenViews(screen.value, services.properties)}
      userId={userId}
      extendContext={sameContext}
      label={offered.title}
      onSettled={onSettled}
      takeFocus={chosenHere}
    />
  );
}

function RegisterApp({ services }: AppProps): JSX.Element {
  const choice = chosenRegister(services.properties);
  const [opened, setOpened] = React.useState<OfferedRegister | undefined>();
  const offered = choice.kind === 'chosen' ? choice.offered : opened;
  return (
    <AppShell
      title={offered?.title ?? title}
      summary={offered?.description ?? summary}
      services={services}
      eager={(identity, settled) =>
        offered ? (
          <OfferedScreen key={offered.name} offered={offered} services={services} userId={identity?.user.id} chosenHere={choice.kind !== 'chosen'} onSettled={settled} />
        ) : (
          <ChooseRegister onChoose={setOpened} onShown={settled} unknown={choice.kind === 'unknown' ? choice.name : undefined} />
        )
      }
    />
  );
}

export const registerApp: AppDefinition = {
  id: 'register',
  title,
  summary,
  Component: RegisterApp,
  readAhead: (sp, clock, _openedAt, properties) => {
    const choice = chosenRegister(properties);
    if (choice.kind !== 'chosen') return;
    // The register's code and its first page are asked for together; a failure shows when the screen asks again.
    choice.offered.screen().then(
      (screen) => createRepository(sp, screen.register, clock).beginListing(firstScreenFields(withChosenViews(screen, properties))),
      () => undefined
    );
  }
};
