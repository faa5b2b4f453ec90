// Where the personal config file lives. Written out here rather than with env-paths: it reads
// the context's environment (so tests and the build's sample runs never see a real home), and
// it is a dozen lines. The conventions are env-paths' own, less its "-nodejs" suffix.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CONFIG_FILE = 'config.yaml';

/**
 * COMMTRIAGE_CONFIG names the file outright. Otherwise: $XDG_CONFIG_HOME/commtriage (any Unix,
 * when set), ~/Library/Preferences/commtriage (macOS), %APPDATA%\commtriage (Windows),
 * ~/.config/commtriage (Linux and the rest).
 */
export function configPath(env: Record<string, string | undefined>, platform: string = process.platform): string {
  if (env.COMMTRIAGE_CONFIG) return env.COMMTRIAGE_CONFIG;
  const home = env.HOME || env.USERPROFILE || homedir();
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'commtriage', CONFIG_FILE);
  if (env.XDG_CONFIG_HOME) return join(env.XDG_CONFIG_HOME, 'commtriage', CONFIG_FILE);
  if (platform === 'darwin') return join(home, 'Library', 'Preferences', 'commtriage', CONFIG_FILE);
  return join(home, '.config', 'commtriage', CONFIG_FILE);
}
