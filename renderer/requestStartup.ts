// Imported first by main.tsx: modules evaluate in import order, so the host answers with the
// preferences and starts reading the startup document before React, the translations and
// the app's code have evaluated.
import { requestStartup } from './startup';

requestStartup();
