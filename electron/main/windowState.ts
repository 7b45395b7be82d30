/** The window's size, position and maximised state, remembered between runs. */
import { screen, type BrowserWindow, type Rectangle } from 'electron';
import { join } from 'node:path';
import * as z from 'zod';
import { jsonStore } from '../handlers/jsonStore';

const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof WindowStateSchema>;

const DEFAULT_STATE: WindowState = { width: 1360, height: 860, maximized: false };

function visible(bounds: Rectangle): boolean {
  return screen.getAllDisplays().some(({ workArea }) =>
    bounds.x < workArea.x + workArea.width && bounds.x + bounds.width > workArea.x && bounds.y < workArea.y + workArea.height && bounds.y + bounds.height > workArea.y,
  );
}

export function windowStateStore(userDataDir: string) {
  const store = jsonStore(join(userDataDir, 'window-state.json'), WindowStateSchema, () => DEFAULT_STATE);
  return {
    async load(): Promise<WindowState> {
      const state = await store.read();
      if (state.x !== undefined && state.y !== undefined && !visible({ x: state.x, y: state.y, width: state.width, height: state.height })) {
        return { width: state.width, height: state.height, maximized: state.maximized };
      }
      return state;
    },
    track(window: BrowserWindow): void {
      let timer: NodeJS.Timeout | undefined;
      const save = () => {
        if (window.isDestroyed()) return;
        const bounds = window.getNormalBounds();
        void store.write({ ...bounds, maximized: window.isMaximized() }).catch(() => undefined);
      };
      const later = () => {
        clearTimeout(timer);
        timer = setTimeout(save, 400);
      };
      window.on('resize', later);
      window.on('move', later);
      window.on('close', () => {
        clearTimeout(timer);
        save();
      });
    },
  };
}
