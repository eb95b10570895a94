/**
 * Why no report was made, with a code a caller can act on: the gateway's own (FORBIDDEN,
 * UNAUTHENTICATED, …) when it refused, NOT_FOUND for an unknown year or unit, FONTS_MISSING
 * when no CJK font can be found for the DOCX's charts, BAD_USER_INPUT for wrong options.
 */
export class ReportError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ReportError';
  }
}
