// Installs the city table (made from the city-timezones package when running from src/).
import { usePlaceTable } from '../../src/zone-data/places.js';
import { loadPlaceText } from '../../src/zone-data/system.js';

export function withPlaces(): void {
  usePlaceTable(loadPlaceText);
}
