import { getSettings } from '../shared/settings';
import { APP_VERSION } from './version';

/**
 * Geeft de versie van ZK Beoordeling en van het beleid waarmee de functies nu rekenen, bijvoorbeeld
 * "ZK Beoordeling 0.1.0 · beleid samenwerken-2021 (versie 1)". Handig in een voettekst, zodat elke
 * afdruk zegt met welke regels hij is gemaakt.
 * @customfunction VERSION
 * @returns Versie van de invoegtoepassing en van het gebruikte beleid.
 */
export function version(): string {
  const policy = getSettings().policy;
  const beleid = policy ? `beleid ${policy.id} (versie ${policy.versie})` : 'standaardbeleid';
  return `ZK Beoordeling ${APP_VERSION} · ${beleid}`;
}
