import { Length, Matches } from 'class-validator';

/** A stable code: 1–32 letters, digits, "-" or "_" (industries, units). */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;

/** Validates a code (see `CODE_PATTERN`). */
export function IsCode(field = 'code'): PropertyDecorator {
  return Matches(CODE_PATTERN, { message: `${field} must be 1–32 letters, digits, "-" or "_"` });
}

/**
 * A required piece of text (a name, a position): 1 to `max` characters and not blank.
 * Combine with `@IsOptional()` for updates that may leave it out.
 */
export function IsText(max: number, field = 'name'): PropertyDecorator {
  const length = Length(1, max, { message: `${field} must be 1–${max} characters` });
  const notBlank = Matches(/\S/, { message: `${field} must not be blank` });
  return (target, key) => {
    length(target, key);
    notBlank(target, key);
  };
}
