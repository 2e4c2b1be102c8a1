import { createContext, useContext } from 'react';
import type { PaneServices } from './services';

export const ServicesContext = createContext<PaneServices | null>(null);

export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('ServicesContext ontbreekt: render het taakvenster binnen <App services=…>.');
  return services;
}
