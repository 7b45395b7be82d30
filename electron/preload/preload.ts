/**
 * The bridge: exposes `HostApi` on `window.clausemark` with one named method per IPC
 * channel, nothing else. Runs sandboxed, so it is bundled to one file that requires only
 * `electron`.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelOf, COMMAND_CHANNEL, HOST_GLOBAL, type HostApi } from '../../shared/host';
import type { AppCommand } from '../../shared/keyboard';

const api: HostApi = {
  openTemplate: () => ipcRenderer.invoke(channelOf('openTemplate')),
  openFile: () => ipcRenderer.invoke(channelOf('openFile')),
  openForComparison: () => ipcRenderer.invoke(channelOf('openForComparison')),
  openRecent: (path) => ipcRenderer.invoke(channelOf('openRecent'), path),
  listRecent: () => ipcRenderer.invoke(channelOf('listRecent')),
  takeStartupDocument: () => ipcRenderer.invoke(channelOf('takeStartupDocument')),
  takeDocumentPart: (opening, index) => ipcRenderer.invoke(channelOf('takeDocumentPart'), opening, index),
  getPreferences: () => ipcRenderer.invoke(channelOf('getPreferences')),
  setPreferences: (patch) => ipcRenderer.invoke(channelOf('setPreferences'), patch),
  saveReview: (review, parts) => ipcRenderer.invoke(channelOf('saveReview'), review, parts),
  saveReviewAs: (review, parts) => ipcRenderer.invoke(channelOf('saveReviewAs'), review, parts),
  autosave: (review, parts) => ipcRenderer.invoke(channelOf('autosave'), review, parts),
  checkRecovery: () => ipcRenderer.invoke(channelOf('checkRecovery')),
  recover: () => ipcRenderer.invoke(channelOf('recover')),
  discardRecovery: () => ipcRenderer.invoke(channelOf('discardRecovery')),
  setDirty: (dirty) => ipcRenderer.invoke(channelOf('setDirty'), dirty),
  closeWindow: () => ipcRenderer.invoke(channelOf('closeWindow')),
  sendContractPart: (sending, index, part) => ipcRenderer.invoke(channelOf('sendContractPart'), sending, index, part),
  exportDocx: (request) => ipcRenderer.invoke(channelOf('exportDocx'), request),
  exportReportPdf: (request) => ipcRenderer.invoke(channelOf('exportReportPdf'), request),
  onCommand(listener) {
    const wrapped = (_event: IpcRendererEvent, command: AppCommand) => listener(command);
    ipcRenderer.on(COMMAND_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(COMMAND_CHANNEL, wrapped);
  },
};

contextBridge.exposeInMainWorld(HOST_GLOBAL, api);
