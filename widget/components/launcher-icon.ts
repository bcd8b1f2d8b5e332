/** The launcher's speech-bubble icon (24x24), drawn by the stub and by the chat alike. */
export const LAUNCHER_ICON = 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h10V9H7zm0-3v2h10V6H7zm0 6v2h6v-2H7z';
