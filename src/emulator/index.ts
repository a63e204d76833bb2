export { startEmulator, parseFaults, parseLabelSelector } from './server.js';
export type { EmulatorOptions, RunningEmulator } from './server.js';
export { EmulatorState, tableKey, CARRY_OVER_PROPERTY } from './model.js';
export type { EmulatedStatement, CatalogEntry, Faults, LatencyProfile } from './model.js';
export { emulatorCommand, parseEmulatorArgs, EMULATOR_USAGE } from './cli.js';
