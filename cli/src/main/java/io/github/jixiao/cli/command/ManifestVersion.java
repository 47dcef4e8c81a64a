package io.github.jixiao.cli.command;

import picocli.CommandLine.IVersionProvider;

/** The version written in the jar's manifest at build time. */
final class ManifestVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = ManifestVersion.class.getPackage().getImplementationVersion();
    return new String[] {"jixiao " + (version == null ? "(development build)" : version)};
  }
}
