package io.github.jixiao.cli.command;

/** The exit status of every command. */
public enum ExitStatus {
  /** Every form was scored and none has an ERROR finding. */
  CLEAN(0),
  /** Some form has an ERROR finding. */
  ERRORS(1),
  /** A file could not be read or was refused (the others were still done), or a usage error. */
  REFUSED(2),
  /** The command failed in itself, whatever the files: a bug to report. */
  INTERNAL_FAILURE(3);

  private final int code;

  ExitStatus(int code) {
    this.code = code;
  }

  /**
   * The number the process exits with.
   *
   * @return 0 to 3
   */
  public int code() {
    return code;
  }

  /**
   * The status of a run that scored forms.
   *
   * @param refused whether some file or form was not scored
   * @param errors whether some form has an ERROR finding
   * @return {@link #REFUSED} over {@link #ERRORS} over {@link #CLEAN}
   */
  static ExitStatus of(boolean refused, boolean errors) {
    if (refused) {
      return REFUSED;
    }
    return errors ? ERRORS : CLEAN;
  }
}
