/**
 * Native dialogs behind a port: the main process passes Electron's `dialog`, tests pass a
 * stand-in that answers with a chosen path. A path the renderer uses always comes from
 * here, from the command line, or from the recent list the host keeps itself.
 */
export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface DialogPort {
  /** The chosen file's absolute path, or null when the user cancels. */
  chooseFileToOpen(options: { readonly title: string; readonly filters: readonly FileFilter[] }): Promise<string | null>;
  /** Where to save: an absolute path (the dialog asked about replacing an existing file), or null when the user cancels. */
  chooseFileToSave(options: { readonly title: string; readonly defaultName: string; readonly filters: readonly FileFilter[] }): Promise<string | null>;
}
