/**
 * Dashboard charts, each with its table of the same numbers. Pure presentation: give them
 * measures from src/domain (computeTrends) and the programme's words (programmeWords).
 * Importing this module pulls in Recharts: import it only from lazy-loaded screens.
 */
export { ChartFigure, ScrollTable } from './ChartFigure';
export type { ChartFigureProps, ChartView } from './ChartFigure';
export { CoverageRadar, CoverageTable, wrapLabel } from './CoverageRadar';
export type { CoverageRadarProps, CoverageTableProps } from './CoverageRadar';
export { ComponentLegend, CoverageOverRounds, CoverageOverRoundsTable } from './CoverageOverRounds';
export type { CoverageOverRoundsProps, DatedEvent, RoundInfo } from './CoverageOverRounds';
export { MatrixKey, PairsTable, TensionMatrix, frictionBand, pairCellId, pairSentence } from './TensionMatrix';
export type { PairsTableProps, TensionMatrixProps } from './TensionMatrix';
export { FrictionOverRounds, FrictionOverRoundsTable } from './FrictionOverRounds';
export type { FrictionOverRoundsProps } from './FrictionOverRounds';
export { DivergenceDots, DivergenceTable, divergenceRowId } from './DivergenceDots';
export type { DivergenceDotsProps, ParticipantInfo } from './DivergenceDots';
export { COMPONENT_STYLE, MarkerIcon, ROLE_SHAPE, componentDash, roleShape, shapePath } from './markers';
