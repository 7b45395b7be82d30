/**
 * One IPC handler per `HostApi` method, answering only the app's own page. Arguments are
 * validated inside each handler; a refused request is logged, never answered with a stack.
 */
import { ipcMain } from 'electron';
import { channelOf, HOST_METHODS } from '../../shared/host';
import { InvalidRequestError, type HostHandlerSet } from '../handlers/createHandlers';
import { internalError } from '../handlers/errorLog';
import { isTrustedSender } from './security';

export function registerIpc(handlers: HostHandlerSet): void {
  for (const method of HOST_METHODS) {
    ipcMain.handle(channelOf(method), async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame)) throw new Error('refused: untrusted sender');
      const handler = handlers[method] as (...input: unknown[]) => Promise<unknown>;
      try {
        return await handler(...args);
      } catch (error) {
        if (error instanceof InvalidRequestError) {
          console.warn(`clausemark: refused ${method}: invalid arguments`);
          throw new Error('refused: invalid arguments');
        }
        // Clausemark's own fault: the details go to the log, the page gets one line without a stack.
        const logged = internalError(method, undefined, error);
        throw new Error(logged.log ? `${logged.detail} (${logged.log})` : logged.detail);
      }
    });
  }
}
