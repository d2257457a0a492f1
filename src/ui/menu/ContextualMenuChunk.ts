// The one module `LazyContextualMenu` imports on demand. It names Fluent's own file, not `@fluentui/react`:
// the build gives Fluent's buttons the lazy menu when they ask for `../../ContextualMenu`, never this path.
export { ContextualMenu } from '@fluentui/react/lib/ContextualMenu';
