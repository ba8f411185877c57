
use builtin;
use str;

set edit:completion:arg-completer[emnify] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'emnify'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'emnify'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand auth 'Log in and out, show the session, print a token'
            cand switch 'Change the active Workspace of the profile (`-` goes back)'
            cand workspace 'List and inspect your Workspaces'
            cand user 'Manage the users of your Workspaces, one at a time or from an access file'
            cand profile 'Manage named profiles'
            cand audit 'Audit users, roles and login methods across every Workspace you can reach'
            cand link 'Show linked Workspaces, request links, preview an unlink'
            cand sso 'Show and manage single sign-on, and check how a user logs in'
            cand emulator 'Run or reset the embedded emnify emulator'
            cand completion 'Print a shell completion script, or write every script and man page to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;auth'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Log in with user credentials (prompted, or --password-stdin) or an application token'
            cand logout 'Forget the stored credentials of the profile'
            cand status 'Show who you are, where the credentials come from and whether they work'
            cand token 'Print a valid auth token for the current Workspace (for scripts; handle with care)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;auth;login'= {
            cand -u 'Email to log in with [env: EMNIFY_USERNAME] (prompted when missing)'
            cand --username 'Email to log in with [env: EMNIFY_USERNAME] (prompted when missing)'
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --password-stdin 'Read the password from stdin (first line) instead of prompting'
            cand --token-stdin 'Log in with an application token read from stdin (first line)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;auth;logout'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;auth;status'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;auth;token'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;auth;help'= {
            cand login 'Log in with user credentials (prompted, or --password-stdin) or an application token'
            cand logout 'Forget the stored credentials of the profile'
            cand status 'Show who you are, where the credentials come from and whether they work'
            cand token 'Print a valid auth token for the current Workspace (for scripts; handle with care)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;auth;help;login'= {
        }
        &'emnify;auth;help;logout'= {
        }
        &'emnify;auth;help;status'= {
        }
        &'emnify;auth;help;token'= {
        }
        &'emnify;auth;help;help'= {
        }
        &'emnify;switch'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;workspace'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List every Workspace you can switch to, with your roles and status there'
            cand show 'Show one Workspace (default: the current one)'
            cand current 'Show the Workspace commands run in, and why'
            cand set-default 'Make a Workspace your default (the one you log in to)'
            cand stats 'Show daily data and SMS usage of Workspaces'
            cand request 'Ask emnify for a new Workspace'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;workspace;list'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;workspace;show'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;workspace;current'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;workspace;set-default'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;workspace;stats'= {
            cand --from 'First day, YYYY-MM-DD'
            cand --to 'Last day, YYYY-MM-DD'
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --all 'Every Workspace you have access to'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;workspace;request'= {
            cand --contact-email 'Who emnify should contact about the request'
            cand --name 'Name of the new Workspace'
            cand --details 'Anything emnify should know (requirements, more Workspaces)'
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;workspace;help'= {
            cand list 'List every Workspace you can switch to, with your roles and status there'
            cand show 'Show one Workspace (default: the current one)'
            cand current 'Show the Workspace commands run in, and why'
            cand set-default 'Make a Workspace your default (the one you log in to)'
            cand stats 'Show daily data and SMS usage of Workspaces'
            cand request 'Ask emnify for a new Workspace'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;workspace;help;list'= {
        }
        &'emnify;workspace;help;show'= {
        }
        &'emnify;workspace;help;current'= {
        }
        &'emnify;workspace;help;set-default'= {
        }
        &'emnify;workspace;help;stats'= {
        }
        &'emnify;workspace;help;request'= {
        }
        &'emnify;workspace;help;help'= {
        }
        &'emnify;user'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the users of a Workspace (or of all you manage) with roles and status'
            cand show 'Show one user: profile, default Workspace, role and status per Workspace'
            cand invite 'Invite someone to a Workspace; an existing user is added instead'
            cand add 'Give an existing user access to a Workspace'
            cand remove 'Remove a user''s access to a Workspace'
            cand suspend 'Suspend a user in a Workspace'
            cand activate 'Lift a user''s suspension in a Workspace'
            cand role 'Set or withdraw a user''s role in a Workspace'
            cand set-default 'Change a user''s default Workspace'
            cand apply 'Make Workspaces match an access file (plan, confirm, apply)'
            cand export 'Write the current users as an access file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;user;list'= {
            cand --role 'Only users holding this role (administrator, user, observer, superadmin)'
            cand --status 'Only users with this status (active, suspended, pending)'
            cand --search 'Only users whose name or email contains TEXT (case-insensitive; `*` is ignored)'
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand -A 'Every Workspace you manage, in one table with a Workspace column'
            cand --all-workspaces 'Every Workspace you manage, in one table with a Workspace column'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;user;show'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;user;invite'= {
            cand --name 'Their full name'
            cand -r 'Role in the Workspace; repeat for several. Without it the user becomes an ADMINISTRATOR (emnify''s default for invitations)'
            cand --role 'Role in the Workspace; repeat for several. Without it the user becomes an ADMINISTRATOR (emnify''s default for invitations)'
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --dry-run 'Show what would happen without changing anything'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;user;add'= {
            cand -r 'Role in the Workspace; repeat for several'
            cand --role 'Role in the Workspace; repeat for several'
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --dry-run 'Show what would happen without changing anything'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;user;remove'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --dry-run 'Show what would happen without changing anything'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;user;suspend'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --dry-run 'Show what would happen without changing anything'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;user;activate'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --dry-run 'Show what would happen without changing anything'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;user;role'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Make ROLE a user''s role in the current Workspace (or `--workspace W`)'
            cand unset 'Withdraw one of a user''s roles in the current Workspace (or `--workspace W`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;user;role;set'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --add 'Add ROLE next to their current roles instead of replacing them'
            cand --dry-run 'Show what would happen without changing anything'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;user;role;unset'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --dry-run 'Show what would happen without changing anything'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;user;role;help'= {
            cand set 'Make ROLE a user''s role in the current Workspace (or `--workspace W`)'
            cand unset 'Withdraw one of a user''s roles in the current Workspace (or `--workspace W`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;user;role;help;set'= {
        }
        &'emnify;user;role;help;unset'= {
        }
        &'emnify;user;role;help;help'= {
        }
        &'emnify;user;set-default'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --dry-run 'Show what would happen without changing anything'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;user;apply'= {
            cand -f 'The access file (`.yaml`, `.yml` or `.csv`)'
            cand --file 'The access file (`.yaml`, `.yml` or `.csv`)'
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --dry-run 'Print the plan and change nothing'
            cand --prune 'Also remove access the file does not mention (in the Workspaces it manages; never the SuperAdmin, never you)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;user;export'= {
            cand -f 'Write to FILE (format from its extension) instead of stdout'
            cand --file 'Write to FILE (format from its extension) instead of stdout'
            cand --format 'Format on stdout [default: yaml] (`--output csv` also selects CSV)'
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;user;help'= {
            cand list 'List the users of a Workspace (or of all you manage) with roles and status'
            cand show 'Show one user: profile, default Workspace, role and status per Workspace'
            cand invite 'Invite someone to a Workspace; an existing user is added instead'
            cand add 'Give an existing user access to a Workspace'
            cand remove 'Remove a user''s access to a Workspace'
            cand suspend 'Suspend a user in a Workspace'
            cand activate 'Lift a user''s suspension in a Workspace'
            cand role 'Set or withdraw a user''s role in a Workspace'
            cand set-default 'Change a user''s default Workspace'
            cand apply 'Make Workspaces match an access file (plan, confirm, apply)'
            cand export 'Write the current users as an access file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;user;help;list'= {
        }
        &'emnify;user;help;show'= {
        }
        &'emnify;user;help;invite'= {
        }
        &'emnify;user;help;add'= {
        }
        &'emnify;user;help;remove'= {
        }
        &'emnify;user;help;suspend'= {
        }
        &'emnify;user;help;activate'= {
        }
        &'emnify;user;help;role'= {
            cand set 'Make ROLE a user''s role in the current Workspace (or `--workspace W`)'
            cand unset 'Withdraw one of a user''s roles in the current Workspace (or `--workspace W`)'
        }
        &'emnify;user;help;role;set'= {
        }
        &'emnify;user;help;role;unset'= {
        }
        &'emnify;user;help;set-default'= {
        }
        &'emnify;user;help;apply'= {
        }
        &'emnify;user;help;export'= {
        }
        &'emnify;user;help;help'= {
        }
        &'emnify;profile'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List profiles'
            cand use 'Make a profile the active one'
            cand show 'Show a profile (default: the one in use)'
            cand delete 'Delete a profile and its stored credentials'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;profile;list'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;profile;use'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;profile;show'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;profile;delete'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;profile;help'= {
            cand list 'List profiles'
            cand use 'Make a profile the active one'
            cand show 'Show a profile (default: the one in use)'
            cand delete 'Delete a profile and its stored credentials'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;profile;help;list'= {
        }
        &'emnify;profile;help;use'= {
        }
        &'emnify;profile;help;show'= {
        }
        &'emnify;profile;help;delete'= {
        }
        &'emnify;profile;help;help'= {
        }
        &'emnify;audit'= {
            cand --baseline 'Compare with an earlier `emnify audit --output json` report'
            cand --fail-on 'Exit with code 10 on a finding of this severity or worse (info, low, medium, high, critical), or on `drift` since the baseline; repeat or separate with commas'
            cand --invitation-days 'A pending invitation older than this many days is a finding'
            cand --admin-threshold 'More active Administrators than this in one Workspace is a finding'
            cand --concurrency 'Requests in flight at once (all are paced inside emnify''s rate limits)'
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --check-mfa 'Also read the MFA setting of every active Administrator who logs in with a password (one request each), for ADMINISTRATOR_WITHOUT_MFA'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;link'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the main organisation, the SuperAdmin, the linked Workspaces and your access to each'
            cand request 'Ask emnify to link Workspaces to this one''s main organisation'
            cand unlink 'Show who would lose or gain what if the Workspaces were unlinked (`--dry-run` only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;link;show'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;link;request'= {
            cand --contact-email 'Who emnify should contact about the request'
            cand --workspace-ids 'Ids of the Workspaces to link (comma-separated or repeated)'
            cand --details 'Anything emnify should know'
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;link;unlink'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --dry-run 'Show the effect without changing anything (required: only emnify can unlink)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;link;help'= {
            cand show 'Show the main organisation, the SuperAdmin, the linked Workspaces and your access to each'
            cand request 'Ask emnify to link Workspaces to this one''s main organisation'
            cand unlink 'Show who would lose or gain what if the Workspaces were unlinked (`--dry-run` only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;link;help;show'= {
        }
        &'emnify;link;help;request'= {
        }
        &'emnify;link;help;unlink'= {
        }
        &'emnify;link;help;help'= {
        }
        &'emnify;sso'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show a Workspace''s SSO provider and state, and who must log in with SSO'
            cand enable 'Set up an SSO provider for your default Workspace (Administrator only)'
            cand verify 'Verify the provider of your default Workspace, which makes SSO active'
            cand disable 'Remove SSO from your default Workspace (users log in with a password again)'
            cand check 'Explain how a user logs in (SSO or password) and why'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;sso;status'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;sso;enable'= {
            cand --provider 'Identity provider'
            cand --client-id 'Client (application) id registered with the provider'
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --secret-stdin 'Read the client secret from stdin (first line) instead of prompting'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;sso;verify'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;sso;disable'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;sso;check'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;sso;help'= {
            cand status 'Show a Workspace''s SSO provider and state, and who must log in with SSO'
            cand enable 'Set up an SSO provider for your default Workspace (Administrator only)'
            cand verify 'Verify the provider of your default Workspace, which makes SSO active'
            cand disable 'Remove SSO from your default Workspace (users log in with a password again)'
            cand check 'Explain how a user logs in (SSO or password) and why'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;sso;help;status'= {
        }
        &'emnify;sso;help;enable'= {
        }
        &'emnify;sso;help;verify'= {
        }
        &'emnify;sso;help;disable'= {
        }
        &'emnify;sso;help;check'= {
        }
        &'emnify;sso;help;help'= {
        }
        &'emnify;emulator'= {
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve emnify''s API on loopback until interrupted'
            cand reset 'Restore the demo data (every change made in the emulator is lost)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;emulator;serve'= {
            cand --port 'Port on 127.0.0.1 (0 picks a free one)'
            cand --db 'Database file (default: `emulator.db` in the user data directory or `$EMNIFY_DATA_DIR`)'
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --in-memory 'Keep the state in memory only (lost on exit)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;emulator;reset'= {
            cand --db 'Database file (default: `emulator.db` in the user data directory or `$EMNIFY_DATA_DIR`)'
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;emulator;help'= {
            cand serve 'Serve emnify''s API on loopback until interrupted'
            cand reset 'Restore the demo data (every change made in the emulator is lost)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;emulator;help;serve'= {
        }
        &'emnify;emulator;help;reset'= {
        }
        &'emnify;emulator;help;help'= {
        }
        &'emnify;completion'= {
            cand --out 'Instead of printing one script, write `completions/` (every shell) and `man/` (one page per command) under DIR'
            cand -p 'Profile to use [env: EMNIFY_PROFILE]'
            cand --profile 'Profile to use [env: EMNIFY_PROFILE]'
            cand -w 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --workspace 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]'
            cand --api-url 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]'
            cand -o 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --output 'Output format [env: EMNIFY_OUTPUT] [default: table]'
            cand --color 'When to colour output (NO_COLOR is honoured by `auto`)'
            cand --dynamic 'Print a script that asks emnify on each TAB, so Workspace and profile names complete too (read from the profile files; no network)'
            cand --emulator 'Run against the embedded emulator, logged in as its demo SuperAdmin'
            cand --no-input 'Never prompt; fail with the flag to use instead (implied when CI is set)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand --quiet 'Silence status messages and hints on stderr (data and warnings still appear)'
            cand -v 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --verbose 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
            cand --show-settings 'Print the resolved settings as JSON and exit'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'emnify;help'= {
            cand auth 'Log in and out, show the session, print a token'
            cand switch 'Change the active Workspace of the profile (`-` goes back)'
            cand workspace 'List and inspect your Workspaces'
            cand user 'Manage the users of your Workspaces, one at a time or from an access file'
            cand profile 'Manage named profiles'
            cand audit 'Audit users, roles and login methods across every Workspace you can reach'
            cand link 'Show linked Workspaces, request links, preview an unlink'
            cand sso 'Show and manage single sign-on, and check how a user logs in'
            cand emulator 'Run or reset the embedded emnify emulator'
            cand completion 'Print a shell completion script, or write every script and man page to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'emnify;help;auth'= {
            cand login 'Log in with user credentials (prompted, or --password-stdin) or an application token'
            cand logout 'Forget the stored credentials of the profile'
            cand status 'Show who you are, where the credentials come from and whether they work'
            cand token 'Print a valid auth token for the current Workspace (for scripts; handle with care)'
        }
        &'emnify;help;auth;login'= {
        }
        &'emnify;help;auth;logout'= {
        }
        &'emnify;help;auth;status'= {
        }
        &'emnify;help;auth;token'= {
        }
        &'emnify;help;switch'= {
        }
        &'emnify;help;workspace'= {
            cand list 'List every Workspace you can switch to, with your roles and status there'
            cand show 'Show one Workspace (default: the current one)'
            cand current 'Show the Workspace commands run in, and why'
            cand set-default 'Make a Workspace your default (the one you log in to)'
            cand stats 'Show daily data and SMS usage of Workspaces'
            cand request 'Ask emnify for a new Workspace'
        }
        &'emnify;help;workspace;list'= {
        }
        &'emnify;help;workspace;show'= {
        }
        &'emnify;help;workspace;current'= {
        }
        &'emnify;help;workspace;set-default'= {
        }
        &'emnify;help;workspace;stats'= {
        }
        &'emnify;help;workspace;request'= {
        }
        &'emnify;help;user'= {
            cand list 'List the users of a Workspace (or of all you manage) with roles and status'
            cand show 'Show one user: profile, default Workspace, role and status per Workspace'
            cand invite 'Invite someone to a Workspace; an existing user is added instead'
            cand add 'Give an existing user access to a Workspace'
            cand remove 'Remove a user''s access to a Workspace'
            cand suspend 'Suspend a user in a Workspace'
            cand activate 'Lift a user''s suspension in a Workspace'
            cand role 'Set or withdraw a user''s role in a Workspace'
            cand set-default 'Change a user''s default Workspace'
            cand apply 'Make Workspaces match an access file (plan, confirm, apply)'
            cand export 'Write the current users as an access file'
        }
        &'emnify;help;user;list'= {
        }
        &'emnify;help;user;show'= {
        }
        &'emnify;help;user;invite'= {
        }
        &'emnify;help;user;add'= {
        }
        &'emnify;help;user;remove'= {
        }
        &'emnify;help;user;suspend'= {
        }
        &'emnify;help;user;activate'= {
        }
        &'emnify;help;user;role'= {
            cand set 'Make ROLE a user''s role in the current Workspace (or `--workspace W`)'
            cand unset 'Withdraw one of a user''s roles in the current Workspace (or `--workspace W`)'
        }
        &'emnify;help;user;role;set'= {
        }
        &'emnify;help;user;role;unset'= {
        }
        &'emnify;help;user;set-default'= {
        }
        &'emnify;help;user;apply'= {
        }
        &'emnify;help;user;export'= {
        }
        &'emnify;help;profile'= {
            cand list 'List profiles'
            cand use 'Make a profile the active one'
            cand show 'Show a profile (default: the one in use)'
            cand delete 'Delete a profile and its stored credentials'
        }
        &'emnify;help;profile;list'= {
        }
        &'emnify;help;profile;use'= {
        }
        &'emnify;help;profile;show'= {
        }
        &'emnify;help;profile;delete'= {
        }
        &'emnify;help;audit'= {
        }
        &'emnify;help;link'= {
            cand show 'Show the main organisation, the SuperAdmin, the linked Workspaces and your access to each'
            cand request 'Ask emnify to link Workspaces to this one''s main organisation'
            cand unlink 'Show who would lose or gain what if the Workspaces were unlinked (`--dry-run` only)'
        }
        &'emnify;help;link;show'= {
        }
        &'emnify;help;link;request'= {
        }
        &'emnify;help;link;unlink'= {
        }
        &'emnify;help;sso'= {
            cand status 'Show a Workspace''s SSO provider and state, and who must log in with SSO'
            cand enable 'Set up an SSO provider for your default Workspace (Administrator only)'
            cand verify 'Verify the provider of your default Workspace, which makes SSO active'
            cand disable 'Remove SSO from your default Workspace (users log in with a password again)'
            cand check 'Explain how a user logs in (SSO or password) and why'
        }
        &'emnify;help;sso;status'= {
        }
        &'emnify;help;sso;enable'= {
        }
        &'emnify;help;sso;verify'= {
        }
        &'emnify;help;sso;disable'= {
        }
        &'emnify;help;sso;check'= {
        }
        &'emnify;help;emulator'= {
            cand serve 'Serve emnify''s API on loopback until interrupted'
            cand reset 'Restore the demo data (every change made in the emulator is lost)'
        }
        &'emnify;help;emulator;serve'= {
        }
        &'emnify;help;emulator;reset'= {
        }
        &'emnify;help;completion'= {
        }
        &'emnify;help;help'= {
        }
    ]
    $completions[$command]
}
