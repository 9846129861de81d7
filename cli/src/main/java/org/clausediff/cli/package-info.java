/**
 * The {@code clausediff} command line: one picocli command class per subcommand ({@code segment},
 * {@code compare}, {@code dups}, {@code collate}, {@code corpus}), the options they share, reading
 * inputs of every format on the command's worker threads ({@code Workers}), the heap check, and
 * writing reports and cleaned texts whole or not at all (by rename). It uses only the library's
 * exported API.
 */
package org.clausediff.cli;
