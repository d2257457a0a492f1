import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';

// Icons are registered by SharePoint on a real page; in tests their absence is expected, not a warning.
setIconOptions({ disableWarnings: true });
