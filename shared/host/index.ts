/**
 * The contract between the UI and the host: the `HostApi` and its channels, the schemas that
 * check every argument, preferences, error messages and the Content-Security-Policy. The
 * outermost part of `shared/`, which only imports.
 */
export { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
export { errorMessage, importWarningMessage, unexpectedError } from './errorMessage';
export { channelOf, COMMAND_CHANNEL, HOST_GLOBAL, HOST_METHODS, type ExportOutcome, type HostApi, type HostHandlers, type OpenedDocument, type OpenOutcome, type RecentFile, type Recovery, type ReportOutcome, type SaveOutcome } from './hostApi';
export { AppCommandSchema, HOST_ARGUMENTS } from './hostSchemas';
export { DEFAULT_PREFERENCES, LanguagePreferenceSchema, PreferencesSchema, type Preferences } from './preferences';
