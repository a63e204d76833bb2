export { startEmulator, parseFaults, parseLabelSelector } from './server.js';
export type { EmulatorOptions, RunningEmulator } from './server.js';
export { EmulatorState, CARRY_OVER_PROPERTY, DRY_RUN_PROPERTY, DEFAULT_DATABASE } from './model.js';
export type { EmulatedStatement, ComputePool, Faults, LatencyProfile } from './model.js';
export { Catalog, CATALOG_PROPERTY, DATABASE_PROPERTY } from './catalog.js';
export type { CatalogEntry, TableAddress } from './catalog.js';
export { emulatorCommand, parseEmulatorArgs, EMULATOR_USAGE } from './cli.js';
