#!/usr/bin/python3
"""Regenerate the cliff golden files from cases.json.

Run with the system interpreter, which has cliff 4.0.0, osc_lib 2.6.2,
prettytable 3.6.0 and PyYAML 6.0 (the versions python-openstackclient 6.0.0
ships with):

    /usr/bin/python3 src/test/resources/cliff-golden/generate.py

For every case and format it drives cliff's real Lister/ShowOne through
their own argument parser and produce_output(), and writes under expected/:
  <case>.<format>.out   what cliff wrote to stdout (UTF-8, byte for byte)
  <case>.<format>.err   str() of the exception, when cliff raised one
  <case>.<format>.warn  log warnings, one per line, when there were any
"""

import io
import json
import logging
import os
import shutil
import sys

from cliff import lister
from cliff import show
from cliff.formatters import table as table_formatter
from osc_lib.cli import format_columns

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = os.path.join(HERE, 'expected')

LIST_FORMATS = ['table', 'json', 'yaml', 'value', 'csv']
SHOW_FORMATS = ['table', 'json', 'yaml', 'value', 'shell']

COLUMN_CLASSES = {
    'DictColumn': format_columns.DictColumn,
    'ListColumn': format_columns.ListColumn,
    'ListDictColumn': format_columns.ListDictColumn,
    'DictListColumn': format_columns.DictListColumn,
}

FLOATS = {'nan': float('nan'), 'inf': float('inf'), '-inf': float('-inf')}


def decode(value):
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, dict):
        if '$col' in value:
            return COLUMN_CLASSES[value['$col']](decode(value['value']))
        if '$float' in value:
            return FLOATS[value['$float']]
        if '$dict' in value:
            return {decode(k): decode(v) for k, v in value['$dict']}
        return {k: decode(v) for k, v in value.items()}
    return value


def argv_for(fmt, options):
    # name=value, so values starting with a dash stay values
    argv = ['-f', fmt]
    for column in options.get('columns', []):
        argv.append('--column=' + column)
    if options.get('maxWidth') is not None:
        argv += ['--max-width', str(options['maxWidth'])]
    if options.get('fitWidth'):
        argv.append('--fit-width')
    if options.get('printEmpty'):
        argv.append('--print-empty')
    if options.get('noindent'):
        argv.append('--noindent')
    if options.get('quote'):
        argv += ['--quote', options['quote']]
    if options.get('prefix'):
        argv.append('--prefix=' + options['prefix'])
    for variable in options.get('variables', []):
        argv.append('--variable=' + variable)
    for column in options.get('sortColumns', []):
        argv.append('--sort-column=' + column)
    direction = options.get('sortDirection')
    if direction == 'asc':
        argv.append('--sort-ascending')
    elif direction == 'desc':
        argv.append('--sort-descending')
    return argv


class App:
    def __init__(self):
        self.stdout = io.StringIO()


class ListCommand(lister.Lister):
    def take_action(self, parsed_args):
        raise NotImplementedError


class ShowCommand(show.ShowOne):
    def take_action(self, parsed_args):
        raise NotImplementedError


class Warnings(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def run(case, fmt):
    options = case.get('options', {})
    # cliff reads its environment variables when it builds the parser
    for name in ('CLIFF_MAX_TERM_WIDTH', 'CLIFF_FIT_WIDTH'):
        os.environ.pop(name, None)
    os.environ.update(options.get('env', {}))
    terminal_width = options.get('terminalWidth')
    table_formatter.utils.terminal_width = lambda stdout: terminal_width

    columns = case['columns']
    if case.get('columnsTuple', True):
        columns = tuple(columns)
    else:
        columns = list(columns)

    app = App()
    warnings = Warnings()
    logging.getLogger().addHandler(warnings)
    error = None
    try:
        if case['kind'] == 'list':
            command = ListCommand(app, None)
            rows = [tuple(decode(r)) for r in case['rows']]
            data = (r for r in rows) if case.get('rowsGenerator', True) else rows
        else:
            command = ShowCommand(app, None)
            data = tuple(decode(case['values']))
        parsed_args = command.get_parser('jos').parse_args(argv_for(fmt, options))
        command.formatter = command._formatter_plugins[parsed_args.formatter].obj
        command.produce_output(parsed_args, columns, data)
    except Exception as e:  # cliff lets these reach the app, which prints str(e)
        error = str(e)
    finally:
        logging.getLogger().removeHandler(warnings)
    return app.stdout.getvalue(), error, warnings.messages


def write(path, text):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(text)


def main():
    with open(os.path.join(HERE, 'cases.json'), encoding='utf-8') as f:
        cases = json.load(f)['cases']
    shutil.rmtree(EXPECTED, ignore_errors=True)
    os.makedirs(EXPECTED)
    names = set()
    for case in cases:
        if case['name'] in names:
            sys.exit('duplicate case name %s' % case['name'])
        names.add(case['name'])
        default = LIST_FORMATS if case['kind'] == 'list' else SHOW_FORMATS
        for fmt in case.get('formats', default):
            out, error, warnings = run(case, fmt)
            base = os.path.join(EXPECTED, '%s.%s' % (case['name'], fmt))
            write(base + '.out', out)
            if error is not None:
                write(base + '.err', error)
            if warnings:
                write(base + '.warn', ''.join(w + '\n' for w in warnings))


if __name__ == '__main__':
    main()
