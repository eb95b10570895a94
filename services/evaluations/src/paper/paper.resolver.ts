import { UnitWrite, importTurn } from '@sfxd/kit';
import { Arg, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../context.js';
import { PaperService } from './paper.service.js';
import { ImportPaperBallotsInput, PaperBallotFile, PaperImportResult } from './paper.types.js';

/** One import at a time per process, within the request's time budget (see importTurn). */
const paperImportTurn = importTurn<Context>({ field: 'contentBase64' });

@Resolver()
export class PaperResolver {
  @UnitWrite()
  @Query(() => PaperBallotFile, { description: "纸质评议票模板: a round's XLSX sheet for a unit, one row per subject to copy for each paper ballot. ADMIN or the unit's UNIT_ADMIN" })
  paperBallotTemplate(@Arg('roundId', () => ID) roundId: string, @Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<PaperBallotFile> {
    return new PaperService(ctx).template(roundId, unitId);
  }

  @UnitWrite()
  @Mutation(() => PaperImportResult, {
    description: '导入纸质评议票: the masses’ paper ballots of an open round, one a row; every row and column is checked first and with any error nothing is written. ADMIN or the unit’s UNIT_ADMIN',
  })
  @UseMiddleware(paperImportTurn)
  importPaperBallots(@Arg('input', () => ImportPaperBallotsInput) input: ImportPaperBallotsInput, @Ctx() ctx: Context): Promise<PaperImportResult> {
    return new PaperService(ctx).import(input);
  }
}
