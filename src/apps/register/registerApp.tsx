import * as React from 'react';
import { Link, MessageBar, MessageBarType } from '@fluentui/react';
import { createRepository } from '../../data/repository';
import { firstScreenFields } from '../../domain/lists/registerScreen';
import type { ViewContext } from '../../domain/lists/registerViews';
import type { AppDefinition, AppProps } from '../appDefinition';
import { AppShell } from '../shell/AppShell';
import { chosenScreen, offeredScreens, type OfferedScreen } from './registerChoice';
import { RegisterScreen } from './RegisterScreen';

const title = 'Custodian register';
const summary = 'Any of Custodian’s registers, with its views, search, forms, import and export: choose which in the web part’s settings.';
const sameContext = (_: unknown, base: ViewContext): ViewContext => base;

/** Until a site owner chooses a register in the web part's settings, anyone may open one from here. */
function ChooseRegister({ onChoose, onShown, unknown }: { onChoose: (screen: OfferedScreen) => void; onShown: () => void; unknown?: string }): JSX.Element {
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
        {offeredScreens.map((screen) => (
          <li key={screen.register.name}>
            <Link onClick={() => onChoose(screen)}>{screen.register.title}</Link>: {screen.register.description}
          </li>
        ))}
      </ul>
    </div>
  );
}

function RegisterApp({ services }: AppProps): JSX.Element {
  const choice = chosenScreen(services.properties);
  const [opened, setOpened] = React.useState<OfferedScreen | undefined>();
  const screen = choice.kind === 'chosen' ? choice.screen : opened;
  return (
    <AppShell
      title={screen?.register.title ?? title}
      summary={screen?.register.description ?? summary}
      services={services}
      eager={(identity, settled) =>
        screen ? (
          <RegisterScreen key={screen.register.name} services={services} screen={screen} userId={identity?.user.id} extendContext={sameContext} label={screen.register.title} onSettled={settled} />
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
    const choice = chosenScreen(properties);
    if (choice.kind === 'chosen') createRepository(sp, choice.screen.register, clock).beginListing(firstScreenFields(choice.screen));
  }
};
