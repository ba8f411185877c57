
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'emnify' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'emnify'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'emnify' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in and out, show the session, print a token')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Change the active Workspace of the profile (`-` goes back)')
            [CompletionResult]::new('workspace', 'workspace', [CompletionResultType]::ParameterValue, 'List and inspect your Workspaces')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage the users of your Workspaces, one at a time or from an access file')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage named profiles')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Audit users, roles and login methods across every Workspace you can reach')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Show linked Workspaces, request links, preview an unlink')
            [CompletionResult]::new('sso', 'sso', [CompletionResultType]::ParameterValue, 'Show and manage single sign-on, and check how a user logs in')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run or reset the embedded emnify emulator')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script, or write every script and man page to a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;auth' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in with user credentials (prompted, or --password-stdin) or an application token')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored credentials of the profile')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who you are, where the credentials come from and whether they work')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a valid auth token for the current Workspace (for scripts; handle with care)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;auth;login' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Email to log in with [env: EMNIFY_USERNAME] (prompted when missing)')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Email to log in with [env: EMNIFY_USERNAME] (prompted when missing)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (first line) instead of prompting')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Log in with an application token read from stdin (first line)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;auth;logout' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;auth;status' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;auth;token' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in with user credentials (prompted, or --password-stdin) or an application token')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored credentials of the profile')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who you are, where the credentials come from and whether they work')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a valid auth token for the current Workspace (for scripts; handle with care)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;auth;help;login' {
            break
        }
        'emnify;auth;help;logout' {
            break
        }
        'emnify;auth;help;status' {
            break
        }
        'emnify;auth;help;token' {
            break
        }
        'emnify;auth;help;help' {
            break
        }
        'emnify;switch' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;workspace' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every Workspace you can switch to, with your roles and status there')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one Workspace (default: the current one)')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Show the Workspace commands run in, and why')
            [CompletionResult]::new('set-default', 'set-default', [CompletionResultType]::ParameterValue, 'Make a Workspace your default (the one you log in to)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Show daily data and SMS usage of Workspaces')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask emnify for a new Workspace')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;workspace;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;workspace;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;workspace;current' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;workspace;set-default' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;workspace;stats' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day, YYYY-MM-DD')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day, YYYY-MM-DD')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every Workspace you have access to')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;workspace;request' {
            [CompletionResult]::new('--contact-email', '--contact-email', [CompletionResultType]::ParameterName, 'Who emnify should contact about the request')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the new Workspace')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Anything emnify should know (requirements, more Workspaces)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;workspace;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every Workspace you can switch to, with your roles and status there')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one Workspace (default: the current one)')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Show the Workspace commands run in, and why')
            [CompletionResult]::new('set-default', 'set-default', [CompletionResultType]::ParameterValue, 'Make a Workspace your default (the one you log in to)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Show daily data and SMS usage of Workspaces')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask emnify for a new Workspace')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;workspace;help;list' {
            break
        }
        'emnify;workspace;help;show' {
            break
        }
        'emnify;workspace;help;current' {
            break
        }
        'emnify;workspace;help;set-default' {
            break
        }
        'emnify;workspace;help;stats' {
            break
        }
        'emnify;workspace;help;request' {
            break
        }
        'emnify;workspace;help;help' {
            break
        }
        'emnify;user' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users of a Workspace (or of all you manage) with roles and status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user: profile, default Workspace, role and status per Workspace')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite someone to a Workspace; an existing user is added instead')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give an existing user access to a Workspace')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user''s access to a Workspace')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a user in a Workspace')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Lift a user''s suspension in a Workspace')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Set or withdraw a user''s role in a Workspace')
            [CompletionResult]::new('set-default', 'set-default', [CompletionResultType]::ParameterValue, 'Change a user''s default Workspace')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make Workspaces match an access file (plan, confirm, apply)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the current users as an access file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;user;list' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only users holding this role (administrator, user, observer, superadmin)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only users with this status (active, suspended, pending)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only users whose name or email contains TEXT (case-insensitive; `*` is ignored)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Every Workspace you manage, in one table with a Workspace column')
            [CompletionResult]::new('--all-workspaces', '--all-workspaces', [CompletionResultType]::ParameterName, 'Every Workspace you manage, in one table with a Workspace column')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;user;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;user;invite' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Their full name')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Role in the Workspace; repeat for several. Without it the user becomes an ADMINISTRATOR (emnify''s default for invitations)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role in the Workspace; repeat for several. Without it the user becomes an ADMINISTRATOR (emnify''s default for invitations)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would happen without changing anything')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;user;add' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Role in the Workspace; repeat for several')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role in the Workspace; repeat for several')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would happen without changing anything')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;user;remove' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would happen without changing anything')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;user;suspend' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would happen without changing anything')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;user;activate' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would happen without changing anything')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;user;role' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make ROLE a user''s role in the current Workspace (or `--workspace W`)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Withdraw one of a user''s roles in the current Workspace (or `--workspace W`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;user;role;set' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'Add ROLE next to their current roles instead of replacing them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would happen without changing anything')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;user;role;unset' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would happen without changing anything')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;user;role;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make ROLE a user''s role in the current Workspace (or `--workspace W`)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Withdraw one of a user''s roles in the current Workspace (or `--workspace W`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;user;role;help;set' {
            break
        }
        'emnify;user;role;help;unset' {
            break
        }
        'emnify;user;role;help;help' {
            break
        }
        'emnify;user;set-default' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would happen without changing anything')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;user;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The access file (`.yaml`, `.yml` or `.csv`)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The access file (`.yaml`, `.yml` or `.csv`)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and change nothing')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also remove access the file does not mention (in the Workspaces it manages; never the SuperAdmin, never you)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;user;export' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Write to FILE (format from its extension) instead of stdout')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write to FILE (format from its extension) instead of stdout')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format on stdout [default: yaml] (`--output csv` also selects CSV)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;user;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users of a Workspace (or of all you manage) with roles and status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user: profile, default Workspace, role and status per Workspace')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite someone to a Workspace; an existing user is added instead')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give an existing user access to a Workspace')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user''s access to a Workspace')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a user in a Workspace')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Lift a user''s suspension in a Workspace')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Set or withdraw a user''s role in a Workspace')
            [CompletionResult]::new('set-default', 'set-default', [CompletionResultType]::ParameterValue, 'Change a user''s default Workspace')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make Workspaces match an access file (plan, confirm, apply)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the current users as an access file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;user;help;list' {
            break
        }
        'emnify;user;help;show' {
            break
        }
        'emnify;user;help;invite' {
            break
        }
        'emnify;user;help;add' {
            break
        }
        'emnify;user;help;remove' {
            break
        }
        'emnify;user;help;suspend' {
            break
        }
        'emnify;user;help;activate' {
            break
        }
        'emnify;user;help;role' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make ROLE a user''s role in the current Workspace (or `--workspace W`)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Withdraw one of a user''s roles in the current Workspace (or `--workspace W`)')
            break
        }
        'emnify;user;help;role;set' {
            break
        }
        'emnify;user;help;role;unset' {
            break
        }
        'emnify;user;help;set-default' {
            break
        }
        'emnify;user;help;apply' {
            break
        }
        'emnify;user;help;export' {
            break
        }
        'emnify;user;help;help' {
            break
        }
        'emnify;profile' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the active one')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (default: the one in use)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its stored credentials')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;profile;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;profile;use' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;profile;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;profile;delete' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the active one')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (default: the one in use)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its stored credentials')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;profile;help;list' {
            break
        }
        'emnify;profile;help;use' {
            break
        }
        'emnify;profile;help;show' {
            break
        }
        'emnify;profile;help;delete' {
            break
        }
        'emnify;profile;help;help' {
            break
        }
        'emnify;audit' {
            [CompletionResult]::new('--baseline', '--baseline', [CompletionResultType]::ParameterName, 'Compare with an earlier `emnify audit --output json` report')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit with code 10 on a finding of this severity or worse (info, low, medium, high, critical), or on `drift` since the baseline; repeat or separate with commas')
            [CompletionResult]::new('--invitation-days', '--invitation-days', [CompletionResultType]::ParameterName, 'A pending invitation older than this many days is a finding')
            [CompletionResult]::new('--admin-threshold', '--admin-threshold', [CompletionResultType]::ParameterName, 'More active Administrators than this in one Workspace is a finding')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once (all are paced inside emnify''s rate limits)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--check-mfa', '--check-mfa', [CompletionResultType]::ParameterName, 'Also read the MFA setting of every active Administrator who logs in with a password (one request each), for ADMINISTRATOR_WITHOUT_MFA')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;link' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the main organisation, the SuperAdmin, the linked Workspaces and your access to each')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask emnify to link Workspaces to this one''s main organisation')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Show who would lose or gain what if the Workspaces were unlinked (`--dry-run` only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;link;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;link;request' {
            [CompletionResult]::new('--contact-email', '--contact-email', [CompletionResultType]::ParameterName, 'Who emnify should contact about the request')
            [CompletionResult]::new('--workspace-ids', '--workspace-ids', [CompletionResultType]::ParameterName, 'Ids of the Workspaces to link (comma-separated or repeated)')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Anything emnify should know')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;link;unlink' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the effect without changing anything (required: only emnify can unlink)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;link;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the main organisation, the SuperAdmin, the linked Workspaces and your access to each')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask emnify to link Workspaces to this one''s main organisation')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Show who would lose or gain what if the Workspaces were unlinked (`--dry-run` only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;link;help;show' {
            break
        }
        'emnify;link;help;request' {
            break
        }
        'emnify;link;help;unlink' {
            break
        }
        'emnify;link;help;help' {
            break
        }
        'emnify;sso' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show a Workspace''s SSO provider and state, and who must log in with SSO')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Set up an SSO provider for your default Workspace (Administrator only)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the provider of your default Workspace, which makes SSO active')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Remove SSO from your default Workspace (users log in with a password again)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Explain how a user logs in (SSO or password) and why')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;sso;status' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;sso;enable' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Identity provider')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client (application) id registered with the provider')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from stdin (first line) instead of prompting')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;sso;verify' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;sso;disable' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;sso;check' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;sso;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show a Workspace''s SSO provider and state, and who must log in with SSO')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Set up an SSO provider for your default Workspace (Administrator only)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the provider of your default Workspace, which makes SSO active')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Remove SSO from your default Workspace (users log in with a password again)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Explain how a user logs in (SSO or password) and why')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;sso;help;status' {
            break
        }
        'emnify;sso;help;enable' {
            break
        }
        'emnify;sso;help;verify' {
            break
        }
        'emnify;sso;help;disable' {
            break
        }
        'emnify;sso;help;check' {
            break
        }
        'emnify;sso;help;help' {
            break
        }
        'emnify;emulator' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve emnify''s API on loopback until interrupted')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the demo data (every change made in the emulator is lost)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;emulator;serve' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 picks a free one)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: `emulator.db` in the user data directory or `$EMNIFY_DATA_DIR`)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--in-memory', '--in-memory', [CompletionResultType]::ParameterName, 'Keep the state in memory only (lost on exit)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;emulator;reset' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: `emulator.db` in the user data directory or `$EMNIFY_DATA_DIR`)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;emulator;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve emnify''s API on loopback until interrupted')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the demo data (every change made in the emulator is lost)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;emulator;help;serve' {
            break
        }
        'emnify;emulator;help;reset' {
            break
        }
        'emnify;emulator;help;help' {
            break
        }
        'emnify;completion' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Instead of printing one script, write `completions/` (every shell) and `man/` (one page per command) under DIR')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: EMNIFY_PROFILE]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EMNIFY_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR is honoured by `auto`)')
            [CompletionResult]::new('--dynamic', '--dynamic', [CompletionResultType]::ParameterName, 'Print a script that asks emnify on each TAB, so Workspace and profile names complete too (read from the profile files; no network)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against the embedded emulator, logged in as its demo SuperAdmin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with the flag to use instead (implied when CI is set)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages and hints on stderr (data and warnings still appear)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests on stderr (method, path, status, time; never secrets); repeat for more')
            [CompletionResult]::new('--show-settings', '--show-settings', [CompletionResultType]::ParameterName, 'Print the resolved settings as JSON and exit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'emnify;help' {
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in and out, show the session, print a token')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Change the active Workspace of the profile (`-` goes back)')
            [CompletionResult]::new('workspace', 'workspace', [CompletionResultType]::ParameterValue, 'List and inspect your Workspaces')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage the users of your Workspaces, one at a time or from an access file')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage named profiles')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Audit users, roles and login methods across every Workspace you can reach')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Show linked Workspaces, request links, preview an unlink')
            [CompletionResult]::new('sso', 'sso', [CompletionResultType]::ParameterValue, 'Show and manage single sign-on, and check how a user logs in')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run or reset the embedded emnify emulator')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script, or write every script and man page to a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'emnify;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in with user credentials (prompted, or --password-stdin) or an application token')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored credentials of the profile')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who you are, where the credentials come from and whether they work')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a valid auth token for the current Workspace (for scripts; handle with care)')
            break
        }
        'emnify;help;auth;login' {
            break
        }
        'emnify;help;auth;logout' {
            break
        }
        'emnify;help;auth;status' {
            break
        }
        'emnify;help;auth;token' {
            break
        }
        'emnify;help;switch' {
            break
        }
        'emnify;help;workspace' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every Workspace you can switch to, with your roles and status there')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one Workspace (default: the current one)')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Show the Workspace commands run in, and why')
            [CompletionResult]::new('set-default', 'set-default', [CompletionResultType]::ParameterValue, 'Make a Workspace your default (the one you log in to)')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Show daily data and SMS usage of Workspaces')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask emnify for a new Workspace')
            break
        }
        'emnify;help;workspace;list' {
            break
        }
        'emnify;help;workspace;show' {
            break
        }
        'emnify;help;workspace;current' {
            break
        }
        'emnify;help;workspace;set-default' {
            break
        }
        'emnify;help;workspace;stats' {
            break
        }
        'emnify;help;workspace;request' {
            break
        }
        'emnify;help;user' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users of a Workspace (or of all you manage) with roles and status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user: profile, default Workspace, role and status per Workspace')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite someone to a Workspace; an existing user is added instead')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give an existing user access to a Workspace')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user''s access to a Workspace')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a user in a Workspace')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Lift a user''s suspension in a Workspace')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Set or withdraw a user''s role in a Workspace')
            [CompletionResult]::new('set-default', 'set-default', [CompletionResultType]::ParameterValue, 'Change a user''s default Workspace')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make Workspaces match an access file (plan, confirm, apply)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the current users as an access file')
            break
        }
        'emnify;help;user;list' {
            break
        }
        'emnify;help;user;show' {
            break
        }
        'emnify;help;user;invite' {
            break
        }
        'emnify;help;user;add' {
            break
        }
        'emnify;help;user;remove' {
            break
        }
        'emnify;help;user;suspend' {
            break
        }
        'emnify;help;user;activate' {
            break
        }
        'emnify;help;user;role' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make ROLE a user''s role in the current Workspace (or `--workspace W`)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Withdraw one of a user''s roles in the current Workspace (or `--workspace W`)')
            break
        }
        'emnify;help;user;role;set' {
            break
        }
        'emnify;help;user;role;unset' {
            break
        }
        'emnify;help;user;set-default' {
            break
        }
        'emnify;help;user;apply' {
            break
        }
        'emnify;help;user;export' {
            break
        }
        'emnify;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the active one')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (default: the one in use)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile and its stored credentials')
            break
        }
        'emnify;help;profile;list' {
            break
        }
        'emnify;help;profile;use' {
            break
        }
        'emnify;help;profile;show' {
            break
        }
        'emnify;help;profile;delete' {
            break
        }
        'emnify;help;audit' {
            break
        }
        'emnify;help;link' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the main organisation, the SuperAdmin, the linked Workspaces and your access to each')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask emnify to link Workspaces to this one''s main organisation')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Show who would lose or gain what if the Workspaces were unlinked (`--dry-run` only)')
            break
        }
        'emnify;help;link;show' {
            break
        }
        'emnify;help;link;request' {
            break
        }
        'emnify;help;link;unlink' {
            break
        }
        'emnify;help;sso' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show a Workspace''s SSO provider and state, and who must log in with SSO')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Set up an SSO provider for your default Workspace (Administrator only)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the provider of your default Workspace, which makes SSO active')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Remove SSO from your default Workspace (users log in with a password again)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Explain how a user logs in (SSO or password) and why')
            break
        }
        'emnify;help;sso;status' {
            break
        }
        'emnify;help;sso;enable' {
            break
        }
        'emnify;help;sso;verify' {
            break
        }
        'emnify;help;sso;disable' {
            break
        }
        'emnify;help;sso;check' {
            break
        }
        'emnify;help;emulator' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve emnify''s API on loopback until interrupted')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the demo data (every change made in the emulator is lost)')
            break
        }
        'emnify;help;emulator;serve' {
            break
        }
        'emnify;help;emulator;reset' {
            break
        }
        'emnify;help;completion' {
            break
        }
        'emnify;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
