#!/usr/bin/python3
"""Runs every case below through the real OSC (python-openstackclient 6.0.0 as installed) and
writes what it resolved, or the error it printed, to the parity test's golden file:

  /usr/bin/python3 tools/osc-parity/generate.py \
      > src/test/resources/dev/jos/session/config/osc-parity.json

A case: env (with @ROOT@ for the case's temp dir; HOME is @ROOT@/home and the cwd @ROOT@/cwd),
argv (global options), files (relative to @ROOT@). The command run is "token issue".
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
H = 'home/.config/openstack/'


def yaml_cloud(name, auth, **top):
    lines = ['clouds:', '  %s:' % name, '    auth:'] + ['      %s: %s' % kv for kv in auth.items()]
    lines += ['    %s: %s' % kv for kv in top.items()]
    return '\n'.join(lines) + '\n'


def more_clouds(text):
    return text.replace('clouds:\n', '')


PW = {'OS_AUTH_URL': 'http://h:5000', 'OS_USERNAME': 'u', 'OS_PASSWORD': 'p'}
BASE = dict(auth_url='http://y:5000', username='yu', password='yp', project_name='yproj')
OPERATOR_SH = {
    'OS_PROJECT_DOMAIN_NAME': 'Default', 'OS_USER_DOMAIN_NAME': 'Default',
    'OS_PROJECT_NAME': 'practice-project', 'OS_TENANT_NAME': 'operator', 'OS_USERNAME': 'operator',
    'OS_PASSWORD': '123', 'OS_AUTH_URL': 'http://192.168.56.250:5000', 'OS_INTERFACE': 'internal',
    'OS_ENDPOINT_TYPE': 'internalURL', 'OS_MANILA_ENDPOINT_TYPE': 'internalURL',
    'OS_IDENTITY_API_VERSION': '3', 'OS_REGION_NAME': 'Seoul', 'OS_AUTH_PLUGIN': 'password'}
NORMAL_SH = dict(OPERATOR_SH, OS_TENANT_NAME='admin', OS_USERNAME='normal-user')
del NORMAL_SH['OS_AUTH_PLUGIN']
LAB_ADMIN = {
    'OS_AUTH_URL': 'http://127.0.0.1:5000/v3', 'OS_IDENTITY_API_VERSION': '3', 'OS_AUTH_TYPE': 'password',
    'OS_USERNAME': 'admin', 'OS_PASSWORD': 'admin', 'OS_PROJECT_NAME': 'admin',
    'OS_USER_DOMAIN_NAME': 'Default', 'OS_PROJECT_DOMAIN_NAME': 'Default', 'OS_REGION_NAME': 'RegionOne',
    'OS_INTERFACE': 'public', 'OS_IMAGE_API_VERSION': '2'}

CASES = {
    # the course's openrc files and the lab's
    'operator_sh': {'env': OPERATOR_SH},
    'normal_sh': {'env': NORMAL_SH},
    'lab_admin_openrc': {'env': LAB_ADMIN},
    'operator_sh_as_envvars_cloud': {'env': dict(OPERATOR_SH, OS_CLOUD='envvars')},
    # environment only
    'nothing_set': {},
    'endpoint_type_ignored': {'env': dict(PW, OS_ENDPOINT_TYPE='internalURL')},
    'auth_plugin_ignored': {'env': {'OS_AUTH_PLUGIN': 'token', 'OS_TOKEN': 'tok', 'OS_AUTH_URL': 'http://h:5000'}},
    'tenant_name_alone': {'env': dict(PW, OS_TENANT_NAME='ten')},
    'tenant_id_and_project_name': {'env': dict(PW, OS_TENANT_ID='tid', OS_PROJECT_NAME='pn')},
    'tenant_cli_beats_project_env': {'env': dict(PW, OS_PROJECT_NAME='envp'), 'argv': ['--os-tenant-name', 'clit']},
    'tenant_cli_beats_project_cli': {'env': PW, 'argv': ['--os-project-name', 'clip', '--os-tenant-name', 'clit']},
    'os_insecure_ignored': {'env': dict(PW, OS_INSECURE='true', OS_CACERT='/ca.pem', OS_CERT='/c.pem', OS_KEY='/k.pem')},
    'insecure_cli': {'env': dict(PW, OS_CACERT='/ca.pem'), 'argv': ['--insecure']},
    'verify_cli': {'env': PW, 'argv': ['--verify']},
    'empty_env_value_is_unset': {'env': dict(PW, OS_AUTH_URL='')},
    'interface_env_url_form': {'env': dict(PW, OS_INTERFACE='internalURL')},
    'interface_cli': {'env': dict(PW, OS_INTERFACE='admin'), 'argv': ['--os-interface', 'internal']},
    'region_cli_over_env': {'env': dict(PW, OS_REGION_NAME='envR'), 'argv': ['--os-region-name', 'cliR']},
    'password_cli_over_env': {'env': PW, 'argv': ['--os-password', 'clip', '--os-auth-url', 'http://cli']},
    'api_versions': {'env': dict(PW, OS_COMPUTE_API_VERSION='2.79', OS_IMAGE_API_VERSION='2', OS_VOLUME_API_VERSION='3.5',
                                 OS_NETWORK_API_VERSION='2', OS_OBJECT_API_VERSION='1', OS_DNS_API_VERSION='2',
                                 OS_KEY_MANAGER_API_VERSION='1')},
    'api_version_cli_over_env': {'env': dict(PW, OS_COMPUTE_API_VERSION='2.79'), 'argv': ['--os-compute-api-version', '2.1']},
    'identity3_default_domains': {'env': dict(PW, OS_IDENTITY_API_VERSION='3', OS_PROJECT_NAME='x')},
    'identity3_os_default_domain': {'env': dict(PW, OS_IDENTITY_API_VERSION='3', OS_DEFAULT_DOMAIN='dd', OS_PROJECT_NAME='x',
                                                OS_USER_DOMAIN_NAME='ud')},
    'identity3_user_id': {'env': {'OS_AUTH_URL': 'http://h', 'OS_USER_ID': 'uid', 'OS_PASSWORD': 'p', 'OS_IDENTITY_API_VERSION': '3'}},
    'identity2_v2password': {'env': dict(PW, OS_IDENTITY_API_VERSION='2.0', OS_AUTH_TYPE='v2password', OS_PROJECT_NAME='x',
                                         OS_USER_DOMAIN_NAME='ud')},
    'identity2_password_drops_domains': {'env': dict(PW, OS_IDENTITY_API_VERSION='2', OS_PROJECT_NAME='x', OS_USER_DOMAIN_NAME='ud')},
    'v2password_tenants': {'env': dict(PW, OS_AUTH_TYPE='v2password', OS_TENANT_NAME='tn', OS_TENANT_ID='tid')},
    'domain_scope': {'env': dict(PW, OS_DOMAIN_NAME='dn')},
    'domain_with_project_scope': {'env': dict(PW, OS_DOMAIN_NAME='dn', OS_PROJECT_NAME='pn')},
    'domain_id_with_project_scope': {'env': dict(PW, OS_DOMAIN_ID='did', OS_PROJECT_ID='pid', OS_USER_DOMAIN_ID='udid')},
    'system_scope': {'env': dict(PW, OS_SYSTEM_SCOPE='all')},
    'token_type': {'env': {'OS_AUTH_TYPE': 'token', 'OS_TOKEN': 'tok', 'OS_AUTH_URL': 'http://h:5000', 'OS_PROJECT_NAME': 'p'}},
    'v3token_type': {'env': {'OS_AUTH_TYPE': 'v3token', 'OS_TOKEN': 'tok', 'OS_AUTH_URL': 'http://h:5000'}},
    'endpoint_and_token_admin_token': {'env': {'OS_ENDPOINT': 'http://e:1', 'OS_TOKEN': 't'}},
    'token_endpoint_alias': {'env': {'OS_AUTH_TYPE': 'token_endpoint', 'OS_ENDPOINT': 'http://e', 'OS_TOKEN': 't'}},
    'none_type': {'env': {'OS_AUTH_TYPE': 'none'}},
    'appcred_ok': {'env': {'OS_AUTH_TYPE': 'v3applicationcredential', 'OS_APPLICATION_CREDENTIAL_ID': 'acid',
                           'OS_APPLICATION_CREDENTIAL_SECRET': 's', 'OS_AUTH_URL': 'http://h:5000'}},
    'appcred_by_name': {'env': {'OS_AUTH_TYPE': 'v3applicationcredential', 'OS_APPLICATION_CREDENTIAL_NAME': 'acn',
                                'OS_APPLICATION_CREDENTIAL_SECRET': 's', 'OS_AUTH_URL': 'http://h:5000',
                                'OS_USERNAME': 'u', 'OS_USER_DOMAIN_NAME': 'Default'}},
    # validation messages
    'err_missing_auth_url': {'env': {'OS_USERNAME': 'u', 'OS_PASSWORD': 'p'}},
    'err_no_password': {'env': {'OS_AUTH_URL': 'http://h:5000', 'OS_USERNAME': 'u'}},
    'err_no_password_v3password': {'env': {'OS_AUTH_TYPE': 'v3password', 'OS_AUTH_URL': 'http://h', 'OS_USERNAME': 'u'}},
    'err_no_passcode_totp': {'env': {'OS_AUTH_TYPE': 'v3totp', 'OS_AUTH_URL': 'http://h', 'OS_USERNAME': 'u'}},
    'err_no_username': {'env': {'OS_AUTH_URL': 'http://h:5000', 'OS_PASSWORD': 'p'}},
    'err_token_missing': {'env': {'OS_AUTH_TYPE': 'token', 'OS_AUTH_URL': 'http://h:5000'}},
    'err_appcred_missing_secret': {'env': {'OS_AUTH_TYPE': 'v3applicationcredential', 'OS_APPLICATION_CREDENTIAL_ID': 'acid',
                                           'OS_AUTH_URL': 'http://h:5000'}},
    'err_appcred_missing_all': {'env': {'OS_AUTH_TYPE': 'v3applicationcredential'}},
    'err_unknown_type_env': {'env': {'OS_AUTH_TYPE': 'nope', 'OS_AUTH_URL': 'http://h:5000'}},
    'err_unknown_type_cli': {'argv': ['--os-auth-type', 'nope']},
    'err_interface_cli_choice': {'argv': ['--os-interface', 'internalURL']},
    'err_admin_token_empty': {'env': {'OS_AUTH_TYPE': 'admin_token'}},
    'err_admin_token_no_token': {'env': {'OS_AUTH_TYPE': 'admin_token', 'OS_ENDPOINT': 'http://e'}},
    'err_noauth_missing': {'env': {'OS_AUTH_TYPE': 'noauth'}},
    'err_http_basic_prompts_first': {'env': {'OS_AUTH_TYPE': 'http_basic'}},
    'err_http_basic_no_user': {'env': {'OS_AUTH_TYPE': 'http_basic', 'OS_PASSWORD': 'p'}},
    'err_oauth1_two_missing': {'env': {'OS_AUTH_TYPE': 'v3oauth1'}},
    'err_both_missing_user_and_url_type_v3token': {'env': {'OS_AUTH_TYPE': 'v3token', 'OS_TOKEN': 't'}},
    'err_unknown_cloud_cli': {'argv': ['--os-cloud', 'nope']},
    'err_unknown_cloud_env': {'env': {'OS_CLOUD': 'nope'}, 'files': {H + 'clouds.yaml': yaml_cloud('c1', BASE)}},
    # clouds.yaml search path and selection
    'single_cloud_not_auto_selected': {'files': {H + 'clouds.yaml': yaml_cloud('c1', BASE)}},
    'order_cwd_over_home': {'env': {'OS_CLOUD': 'c'}, 'files': {'cwd/clouds.yaml': yaml_cloud('c', dict(BASE, username='cwd')),
                                                                H + 'clouds.yaml': yaml_cloud('c', dict(BASE, username='home'))}},
    'order_yaml_over_yml': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.yml': yaml_cloud('c', dict(BASE, username='yml')),
                                                                H + 'clouds.yaml': yaml_cloud('c', dict(BASE, username='yaml'))}},
    'order_yml_over_json': {'env': {'OS_CLOUD': 'c'}, 'files': {
        H + 'clouds.yml': yaml_cloud('c', dict(BASE, username='yml')),
        H + 'clouds.json': json.dumps({'clouds': {'c': {'auth': dict(BASE, username='json')}}})}},
    'json_only': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.json': json.dumps({'clouds': {'c': {'auth': dict(BASE, username='json')}}})}},
    'xdg_config_home_over_home': {'env': {'OS_CLOUD': 'c', 'XDG_CONFIG_HOME': '@ROOT@/xdg'}, 'files': {
        'xdg/openstack/clouds.yaml': yaml_cloud('c', dict(BASE, username='xdg')), H + 'clouds.yaml': yaml_cloud('c', dict(BASE, username='home'))}},
    'xdg_config_home_then_home': {'env': {'OS_CLOUD': 'c', 'XDG_CONFIG_HOME': '@ROOT@/xdg'}, 'files': {
        H + 'clouds.yaml': yaml_cloud('c', dict(BASE, username='home'))}},
    'client_config_file_first': {'env': {'OS_CLOUD': 'c', 'OS_CLIENT_CONFIG_FILE': '@ROOT@/x/my.conf'}, 'files': {
        'x/my.conf': yaml_cloud('c', dict(BASE, username='override')), 'cwd/clouds.yaml': yaml_cloud('c', dict(BASE, username='cwd'))}},
    'client_config_file_missing_falls_back': {'env': {'OS_CLOUD': 'c', 'OS_CLIENT_CONFIG_FILE': '@ROOT@/x/none.yaml'}, 'files': {
        'cwd/clouds.yaml': yaml_cloud('c', dict(BASE, username='cwd'))}},
    'only_first_clouds_file_read': {'env': {'OS_CLOUD': 'd'}, 'files': {'cwd/clouds.yaml': yaml_cloud('c', BASE), H + 'clouds.yaml': yaml_cloud('d', BASE)}},
    'directory_named_clouds_yaml_skipped': {'env': {'OS_CLOUD': 'c'}, 'files': {'cwd/clouds.yaml/x': 'a', H + 'clouds.yaml': yaml_cloud('c', BASE)}},
    'cli_cloud_over_os_cloud': {'env': {'OS_CLOUD': 'c'}, 'argv': ['--os-cloud', 'd'], 'files': {
        H + 'clouds.yaml': yaml_cloud('c', BASE) + more_clouds(yaml_cloud('d', dict(BASE, username='du')))}},
    'no_clouds_key': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.yaml': 'foo: 1\n'}},
    'empty_clouds_file': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.yaml': ''}},
    'bad_yaml': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.yaml': 'clouds:\n  c: [\n'}, 'loose_message': True},
    # secure.yaml
    'secure_merged': {'env': {'OS_CLOUD': 'c'}, 'files': {
        H + 'clouds.yaml': yaml_cloud('c', dict(auth_url='http://y:5000', username='yu', project_name='p'), region_name='R1'),
        'cwd/secure.yaml': 'clouds:\n  c:\n    auth:\n      password: secret\n    region_name: R2\n'}},
    'secure_client_secure_file': {'env': {'OS_CLOUD': 'c', 'OS_CLIENT_SECURE_FILE': '@ROOT@/s.yaml'}, 'files': {
        H + 'clouds.yaml': yaml_cloud('c', dict(auth_url='http://y:5000', username='yu')),
        H + 'secure.yaml': 'clouds:\n  c:\n    auth:\n      password: homesecret\n',
        's.yaml': 'clouds:\n  c:\n    auth:\n      password: envsecret\n'}},
    'secure_alone_defines_cloud': {'env': {'OS_CLOUD': 's'}, 'files': {
        H + 'secure.yaml': 'clouds:\n  s:\n    auth:\n      auth_url: http://s\n      username: su\n      password: sp\n'}},
    'secure_appcred': {'env': {'OS_CLOUD': 'c'}, 'files': {
        H + 'clouds.yaml': yaml_cloud('c', dict(auth_url='http://y', application_credential_id='acid'), auth_type='v3applicationcredential', identity_api_version=3),
        H + 'secure.yaml': 'clouds:\n  c:\n    auth:\n      application_credential_secret: sss\n'}},
    # envvars cloud
    'err_yaml_defines_envvars_cloud': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.yaml': yaml_cloud('c', BASE) + more_clouds(yaml_cloud('envvars', BASE))}},
    'os_cloud_name_renames_envvars': {'env': {'OS_CLOUD': 'mine', 'OS_CLOUD_NAME': 'mine', 'OS_USERNAME': 'eu', 'OS_AUTH_URL': 'http://e', 'OS_PASSWORD': 'p'}},
    'err_envvars_only_selectors': {'env': {'OS_CLOUD': 'envvars', 'OS_REGION_NAME': 'R'}},
    'envvars_cloud_insecure': {'env': dict(PW, OS_CLOUD='envvars', OS_INSECURE='true')},
    # precedence against clouds.yaml
    'env_over_yaml_password_interface_region_api': {'env': {
        'OS_CLOUD': 'c1', 'OS_PASSWORD': 'envp', 'OS_INTERFACE': 'admin', 'OS_REGION_NAME': 'ER', 'OS_COMPUTE_API_VERSION': '2.9',
        'OS_TENANT_NAME': 'et', 'OS_ENDPOINT_TYPE': 'publicURL'}, 'files': {
        H + 'clouds.yaml': yaml_cloud('c1', BASE, regions='[YR, ER]', interface='internal', compute_api_version=2.5)}},
    'cli_over_env_over_yaml': {'env': {'OS_CLOUD': 'c1', 'OS_PASSWORD': 'envp', 'OS_INTERFACE': 'admin'}, 'argv': [
        '--os-password', 'clip', '--os-interface', 'public', '--os-compute-api-version', '2.1', '--os-region-name', 'YR',
        '--os-auth-url', 'http://cli'], 'files': {
        H + 'clouds.yaml': yaml_cloud('c1', BASE, regions='[YR, ER]', interface='internal', compute_api_version=2.5)}},
    'yaml_auth_project_beats_env_and_cli': {'env': {'OS_CLOUD': 'c', 'OS_PROJECT_NAME': 'envp', 'OS_USER_DOMAIN_NAME': 'envud',
                                                    'OS_PROJECT_DOMAIN_NAME': 'envpd', 'OS_USERNAME': 'envu'},
                                            'argv': ['--os-project-id', 'clipid', '--os-project-name', 'clipn'], 'files': {
        H + 'clouds.yaml': yaml_cloud('c', dict(BASE, user_domain_name='yud', project_domain_name='ypd', project_id='ypid'))}},
    'yaml_top_level_loses_to_env': {'env': {'OS_CLOUD': 'c', 'OS_PROJECT_NAME': 'envp', 'OS_USER_DOMAIN_NAME': 'envud'}, 'files': {
        H + 'clouds.yaml': yaml_cloud('c', dict(auth_url='http://y:5000', username='yu', password='yp'), project_name='ytop',
                                      user_domain_name='ytopud', region_name='R')}},
    'yaml_top_level_values': {'env': {'OS_CLOUD': 'c'}, 'files': {
        H + 'clouds.yaml': yaml_cloud('c', dict(auth_url='http://y:5000', username='yu', password='yp'), project_name='ytop',
                                      user_domain_name='ytopud', username='topuser')}},
    'yaml_token_beats_cli_token': {'env': {'OS_CLOUD': 'c'}, 'argv': ['--os-token', 'clitok'], 'files': {
        H + 'clouds.yaml': yaml_cloud('c', dict(auth_url='http://y', token='ytok'), auth_type='v3token')}},
    'yaml_token_type': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.yaml': yaml_cloud('c', dict(auth_url='http://y', token='ytok'), auth_type='token')}},
    'yaml_auth_plugin_ignored': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.yaml': yaml_cloud('c', dict(auth_url='http://y', token='ytok'), auth_plugin='token')}},
    'yaml_empty_auth_type_selects_v3password': {'env': {'OS_CLOUD': 'c'}, 'files': {
        H + 'clouds.yaml': yaml_cloud('c', dict(auth_url='http://y', password='p'), auth_type="''", username='topu', identity_api_version=3)}},
    'yaml_dashed_keys': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.yaml':
        'clouds:\n  c:\n    auth:\n      auth-url: http://y\n      username: u\n      password: p\n      project-name: dashp\n'
        '      user-domain-name: dud\n    region-name: RD\n    identity-api-version: 3\n    endpoint-type: internalURL\n'}},
    'yaml_ints_become_strings': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.yaml': yaml_cloud(
        'c', dict(BASE, project_id=12345), identity_api_version=3, compute_api_version=2.1, volume_api_version=3)}},
    'yaml_domain_id_top_level': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.yaml': yaml_cloud('c', BASE, domain_id='topdom')}},
    'yaml_domain_name_in_auth_with_project': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.yaml': yaml_cloud('c', dict(BASE, domain_name='adom'))}},
    'yaml_endpoint_type_beats_interface': {'env': {'OS_CLOUD': 'c1'}, 'files': {H + 'clouds.yaml': yaml_cloud(
        'c1', BASE, interface='internal', endpoint_type='adminURL')}},
    'yaml_endpoint_type_beats_env_interface': {'env': {'OS_CLOUD': 'c', 'OS_INTERFACE': 'admin'}, 'files': {H + 'clouds.yaml': yaml_cloud(
        'c', BASE, compute_endpoint_type='internalURL', endpoint_type='publicURL')}},
    'yaml_verify_false': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.yaml': yaml_cloud('c', BASE, verify='false', cacert='/ca', cert='/c', key='/k')}},
    'yaml_verify_no_yaml11': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.yaml': yaml_cloud('c', BASE, verify='no')}},
    'yaml_insecure_string': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.yaml': yaml_cloud('c', BASE, insecure='"True"')}},
    'yaml_verify_false_cli_verify': {'env': {'OS_CLOUD': 'c'}, 'argv': ['--verify'], 'files': {H + 'clouds.yaml': yaml_cloud('c', BASE, verify='false')}},
    'yaml_cacert_env_cacert': {'env': {'OS_CLOUD': 'c', 'OS_CACERT': '/env-ca'}, 'files': {H + 'clouds.yaml': yaml_cloud('c', BASE, cacert='/yaml-ca')}},
    # regions
    'region_first_of_list': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.yaml': yaml_cloud('c', BASE, region_name='"A,B"')}},
    'region_values_applied': {'env': {'OS_CLOUD': 'c', 'OS_REGION_NAME': 'R2'}, 'files': {H + 'clouds.yaml': yaml_cloud('c', BASE) +
        "    regions:\n      - R1\n      - name: R2\n        values:\n          interface: admin\n          compute_api_version: '2.1'\n"}},
    'err_region_not_in_cloud': {'env': {'OS_CLOUD': 'c1', 'OS_REGION_NAME': 'ER'}, 'files': {H + 'clouds.yaml': yaml_cloud('c1', BASE, region_name='YR')}},
    'err_invalid_region_entry': {'env': {'OS_CLOUD': 'c'}, 'files': {H + 'clouds.yaml': yaml_cloud('c', BASE, regions='[A, {name: B, foo: 1}]')}},
    'region_free_without_list': {'env': {'OS_CLOUD': 'c', 'OS_REGION_NAME': 'anything'}, 'files': {H + 'clouds.yaml': yaml_cloud('c', BASE)}},
}

KEEP = ('auth', 'auth_type', 'interface', 'region_name', 'cacert', 'cert', 'key', 'verify', 'insecure', 'cloud')


def run(name, case):
    root = tempfile.mkdtemp()
    try:
        os.makedirs(root + '/home')
        os.makedirs(root + '/cwd')
        for rel, content in case.get('files', {}).items():
            path = os.path.join(root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'w') as f:
                f.write(content)
        env = {'PATH': '/usr/bin:/bin', 'HOME': root + '/home'}
        env.update({k: v.replace('@ROOT@', root) for k, v in case.get('env', {}).items()})
        argv = [a.replace('@ROOT@', root) for a in case.get('argv', [])]
        r = subprocess.run(['/usr/bin/python3', os.path.join(HERE, 'osc_dump.py')] + argv + ['token', 'issue'],
                           cwd=root + '/cwd', env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)
        out = dict(case)
        if r.returncode == 0 and r.stdout.startswith('{'):
            d = json.loads(r.stdout)
            c = d['config']
            expect = {k: c[k] for k in KEEP if k in c}
            expect['api_versions'] = {k[:-len('_api_version')]: c[k] for k in c if k.endswith('_api_version') and c[k]}
            expect['name'] = d['name']
            expect['verify_effective'] = d['verify_cert'][0] != 'False'
            out['expect'] = expect
        else:
            lines = [ln for ln in r.stderr.rstrip('\n').split('\n') if not ln.startswith('Ignoring domain')]
            msg = '\n'.join(lines)
            if r.returncode == 2:
                msg = lines[-1].replace('osc_dump.py: error:', 'openstack: error:')
            out['error'] = {'exit': r.returncode, 'message': msg.replace(root, '@ROOT@')}
        warnings = sorted(set(ln for ln in r.stderr.split('\n') if ln.startswith('Ignoring domain')))
        if warnings:
            out['warnings'] = warnings
        return out
    finally:
        shutil.rmtree(root)


result = {name: run(name, case) for name, case in CASES.items()}
json.dump(result, sys.stdout, indent=1, sort_keys=True)
sys.stdout.write('\n')
