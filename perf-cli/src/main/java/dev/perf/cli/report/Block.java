package dev.perf.cli.report;

/**
 * One part of a printed report: a heading, label–value fields, a table, a paragraph, a list of notes
 * or a chart. Sheets are built once and rendered as text, Markdown or HTML.
 */
public sealed interface Block permits Heading, Fields, Table, Paragraph, Notes, Chart {}
