// The one module `LazyDropdown` imports on demand, so the Dropdown and what it brings land in their own chunk.
export { Dropdown } from '@fluentui/react';
