/** Domain layer: pure measures over plain data (no React, no storage). */
export * from './types';
export * from './thresholds';
export * from './groups';
export * from './stats';
export * from './round-index';
export * from './measures';
export * from './pairs';
export * from './round';
export * from './trends';
export * from './records';
export * from './insights';
export * from './roles';
export * from './warnings';
export * from './actionGaps';
