package org.clausediff.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or {@code development} when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = ClauseDiffCommand.class.getPackage().getImplementationVersion();
    return new String[] {"clausediff " + (version == null ? "development" : version)};
  }
}
