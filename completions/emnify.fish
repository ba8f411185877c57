# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_emnify_global_optspecs
    string join \n p/profile= w/workspace= api-url= o/output= color= emulator no-input y/yes q/quiet v/verbose show-settings h/help V/version
end

function __fish_emnify_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_emnify_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_emnify_using_subcommand
    set -l cmd (__fish_emnify_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c emnify -n "__fish_emnify_needs_command" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_needs_command" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_needs_command" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_needs_command" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_needs_command" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_needs_command" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_needs_command" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_needs_command" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_needs_command" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_needs_command" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_needs_command" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_needs_command" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_needs_command" -f -a "auth" -d 'Log in and out, show the session, print a token'
complete -c emnify -n "__fish_emnify_needs_command" -f -a "switch" -d 'Change the active Workspace of the profile (`-` goes back)'
complete -c emnify -n "__fish_emnify_needs_command" -f -a "workspace" -d 'List and inspect your Workspaces'
complete -c emnify -n "__fish_emnify_needs_command" -f -a "user" -d 'Manage the users of your Workspaces, one at a time or from an access file'
complete -c emnify -n "__fish_emnify_needs_command" -f -a "profile" -d 'Manage named profiles'
complete -c emnify -n "__fish_emnify_needs_command" -f -a "audit" -d 'Audit users, roles and login methods across every Workspace you can reach'
complete -c emnify -n "__fish_emnify_needs_command" -f -a "link" -d 'Show linked Workspaces, request links, preview an unlink'
complete -c emnify -n "__fish_emnify_needs_command" -f -a "sso" -d 'Show and manage single sign-on, and check how a user logs in'
complete -c emnify -n "__fish_emnify_needs_command" -f -a "emulator" -d 'Run or reset the embedded emnify emulator'
complete -c emnify -n "__fish_emnify_needs_command" -f -a "completion" -d 'Print a shell completion script, or write every script and man page to a directory'
complete -c emnify -n "__fish_emnify_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -f -a "login" -d 'Log in with user credentials (prompted, or --password-stdin) or an application token'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -f -a "logout" -d 'Forget the stored credentials of the profile'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -f -a "status" -d 'Show who you are, where the credentials come from and whether they work'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -f -a "token" -d 'Print a valid auth token for the current Workspace (for scripts; handle with care)'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from login" -s u -l username -d 'Email to log in with [env: EMNIFY_USERNAME] (prompted when missing)' -r
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from login" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from login" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from login" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from login" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from login" -l password-stdin -d 'Read the password from stdin (first line) instead of prompting'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from login" -l token-stdin -d 'Log in with an application token read from stdin (first line)'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from login" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from login" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from login" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from logout" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from logout" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from logout" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from logout" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from logout" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from logout" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from logout" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from status" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from status" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from status" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from status" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from status" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from token" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from token" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from token" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from token" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from token" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from token" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from token" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Log in with user credentials (prompted, or --password-stdin) or an application token'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Forget the stored credentials of the profile'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show who you are, where the credentials come from and whether they work'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print a valid auth token for the current Workspace (for scripts; handle with care)'
complete -c emnify -n "__fish_emnify_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand switch" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand switch" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand switch" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand switch" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand switch" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand switch" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand switch" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand switch" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand switch" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand switch" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand switch" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand switch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand switch" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -f -a "list" -d 'List every Workspace you can switch to, with your roles and status there'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -f -a "show" -d 'Show one Workspace (default: the current one)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -f -a "current" -d 'Show the Workspace commands run in, and why'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -f -a "set-default" -d 'Make a Workspace your default (the one you log in to)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -f -a "stats" -d 'Show daily data and SMS usage of Workspaces'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -f -a "request" -d 'Ask emnify for a new Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and not __fish_seen_subcommand_from list show current set-default stats request help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from list" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from list" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from list" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from show" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from show" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from show" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from show" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from current" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from current" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from current" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from current" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from current" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from current" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from current" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from current" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from current" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from current" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from current" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from current" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from set-default" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from set-default" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from set-default" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from set-default" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from set-default" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from set-default" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from set-default" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from set-default" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from set-default" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from set-default" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from set-default" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from set-default" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from set-default" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from stats" -l from -d 'First day, YYYY-MM-DD' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from stats" -l to -d 'Last day, YYYY-MM-DD' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from stats" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from stats" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from stats" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from stats" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from stats" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from stats" -l all -d 'Every Workspace you have access to'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from stats" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from stats" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from stats" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from stats" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from stats" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from stats" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from request" -l contact-email -d 'Who emnify should contact about the request' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from request" -l name -d 'Name of the new Workspace' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from request" -l details -d 'Anything emnify should know (requirements, more Workspaces)' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from request" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from request" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from request" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from request" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from request" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from request" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from request" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from request" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from request" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from request" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from request" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from request" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from request" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every Workspace you can switch to, with your roles and status there'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one Workspace (default: the current one)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "current" -d 'Show the Workspace commands run in, and why'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "set-default" -d 'Make a Workspace your default (the one you log in to)'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Show daily data and SMS usage of Workspaces'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "request" -d 'Ask emnify for a new Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -f -a "list" -d 'List the users of a Workspace (or of all you manage) with roles and status'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -f -a "show" -d 'Show one user: profile, default Workspace, role and status per Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -f -a "invite" -d 'Invite someone to a Workspace; an existing user is added instead'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -f -a "add" -d 'Give an existing user access to a Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -f -a "remove" -d 'Remove a user\'s access to a Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -f -a "suspend" -d 'Suspend a user in a Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -f -a "activate" -d 'Lift a user\'s suspension in a Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -f -a "role" -d 'Set or withdraw a user\'s role in a Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -f -a "set-default" -d 'Change a user\'s default Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -f -a "apply" -d 'Make Workspaces match an access file (plan, confirm, apply)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -f -a "export" -d 'Write the current users as an access file'
complete -c emnify -n "__fish_emnify_using_subcommand user; and not __fish_seen_subcommand_from list show invite add remove suspend activate role set-default apply export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -l role -d 'Only users holding this role (administrator, user, observer, superadmin)' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -l status -d 'Only users with this status (active, suspended, pending)' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -l search -d 'Only users whose name or email contains TEXT (case-insensitive; `*` is ignored)' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -s A -l all-workspaces -d 'Every Workspace you manage, in one table with a Workspace column'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from show" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from show" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from show" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from show" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from invite" -l name -d 'Their full name' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from invite" -s r -l role -d 'Role in the Workspace; repeat for several. Without it the user becomes an ADMINISTRATOR (emnify\'s default for invitations)' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from invite" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from invite" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from invite" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from invite" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from invite" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from invite" -l dry-run -d 'Show what would happen without changing anything'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from invite" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from invite" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from invite" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from invite" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from invite" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from add" -s r -l role -d 'Role in the Workspace; repeat for several' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from add" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from add" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from add" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from add" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from add" -l dry-run -d 'Show what would happen without changing anything'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from add" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from add" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from remove" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from remove" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from remove" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show what would happen without changing anything'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from remove" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from remove" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from suspend" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from suspend" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from suspend" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from suspend" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from suspend" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from suspend" -l dry-run -d 'Show what would happen without changing anything'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from suspend" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from suspend" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from suspend" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from suspend" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from suspend" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from activate" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from activate" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from activate" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from activate" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from activate" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from activate" -l dry-run -d 'Show what would happen without changing anything'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from activate" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from activate" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from activate" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from role" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from role" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from role" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from role" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from role" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from role" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from role" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from role" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from role" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from role" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from role" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from role" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from role" -f -a "set" -d 'Make ROLE a user\'s role in the current Workspace (or `--workspace W`)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from role" -f -a "unset" -d 'Withdraw one of a user\'s roles in the current Workspace (or `--workspace W`)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from role" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from set-default" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from set-default" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from set-default" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from set-default" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from set-default" -l dry-run -d 'Show what would happen without changing anything'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from set-default" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from set-default" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from set-default" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from set-default" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from set-default" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from set-default" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from set-default" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from set-default" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from apply" -s f -l file -d 'The access file (`.yaml`, `.yml` or `.csv`)' -r -F
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from apply" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from apply" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from apply" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from apply" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from apply" -l dry-run -d 'Print the plan and change nothing'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from apply" -l prune -d 'Also remove access the file does not mention (in the Workspaces it manages; never the SuperAdmin, never you)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from apply" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from apply" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from apply" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from export" -s f -l file -d 'Write to FILE (format from its extension) instead of stdout' -r -F
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from export" -l format -d 'Format on stdout [default: yaml] (`--output csv` also selects CSV)' -r -f -a "yaml\t''
csv\t''"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from export" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from export" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from export" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from export" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from export" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from export" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the users of a Workspace (or of all you manage) with roles and status'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one user: profile, default Workspace, role and status per Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Invite someone to a Workspace; an existing user is added instead'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Give an existing user access to a Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a user\'s access to a Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend a user in a Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Lift a user\'s suspension in a Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "role" -d 'Set or withdraw a user\'s role in a Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "set-default" -d 'Change a user\'s default Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Make Workspaces match an access file (plan, confirm, apply)'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the current users as an access file'
complete -c emnify -n "__fish_emnify_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -f -a "list" -d 'List profiles'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -f -a "use" -d 'Make a profile the active one'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -f -a "show" -d 'Show a profile (default: the one in use)'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -f -a "delete" -d 'Delete a profile and its stored credentials'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and not __fish_seen_subcommand_from list use show delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from list" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from list" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from list" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from use" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from use" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from use" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from use" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from use" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from use" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from show" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from show" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from show" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from delete" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from delete" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from delete" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from delete" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from delete" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the active one'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile (default: the one in use)'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a profile and its stored credentials'
complete -c emnify -n "__fish_emnify_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand audit" -l baseline -d 'Compare with an earlier `emnify audit --output json` report' -r -F
complete -c emnify -n "__fish_emnify_using_subcommand audit" -l fail-on -d 'Exit with code 10 on a finding of this severity or worse (info, low, medium, high, critical), or on `drift` since the baseline; repeat or separate with commas' -r
complete -c emnify -n "__fish_emnify_using_subcommand audit" -l invitation-days -d 'A pending invitation older than this many days is a finding' -r
complete -c emnify -n "__fish_emnify_using_subcommand audit" -l admin-threshold -d 'More active Administrators than this in one Workspace is a finding' -r
complete -c emnify -n "__fish_emnify_using_subcommand audit" -l concurrency -d 'Requests in flight at once (all are paced inside emnify\'s rate limits)' -r
complete -c emnify -n "__fish_emnify_using_subcommand audit" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand audit" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand audit" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand audit" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand audit" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand audit" -l check-mfa -d 'Also read the MFA setting of every active Administrator who logs in with a password (one request each), for ADMINISTRATOR_WITHOUT_MFA'
complete -c emnify -n "__fish_emnify_using_subcommand audit" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand audit" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand audit" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand audit" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand audit" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand audit" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand audit" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -f -a "show" -d 'Show the main organisation, the SuperAdmin, the linked Workspaces and your access to each'
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -f -a "request" -d 'Ask emnify to link Workspaces to this one\'s main organisation'
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -f -a "unlink" -d 'Show who would lose or gain what if the Workspaces were unlinked (`--dry-run` only)'
complete -c emnify -n "__fish_emnify_using_subcommand link; and not __fish_seen_subcommand_from show request unlink help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from show" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from show" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from show" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from show" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from request" -l contact-email -d 'Who emnify should contact about the request' -r
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from request" -l workspace-ids -d 'Ids of the Workspaces to link (comma-separated or repeated)' -r
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from request" -l details -d 'Anything emnify should know' -r
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from request" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from request" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from request" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from request" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from request" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from request" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from request" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from request" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from request" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from request" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from request" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from request" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from request" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from unlink" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from unlink" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from unlink" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from unlink" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from unlink" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from unlink" -l dry-run -d 'Show the effect without changing anything (required: only emnify can unlink)'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from unlink" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from unlink" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from unlink" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from unlink" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from unlink" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from unlink" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from unlink" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from unlink" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the main organisation, the SuperAdmin, the linked Workspaces and your access to each'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from help" -f -a "request" -d 'Ask emnify to link Workspaces to this one\'s main organisation'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from help" -f -a "unlink" -d 'Show who would lose or gain what if the Workspaces were unlinked (`--dry-run` only)'
complete -c emnify -n "__fish_emnify_using_subcommand link; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -f -a "status" -d 'Show a Workspace\'s SSO provider and state, and who must log in with SSO'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -f -a "enable" -d 'Set up an SSO provider for your default Workspace (Administrator only)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -f -a "verify" -d 'Verify the provider of your default Workspace, which makes SSO active'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -f -a "disable" -d 'Remove SSO from your default Workspace (users log in with a password again)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -f -a "check" -d 'Explain how a user logs in (SSO or password) and why'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and not __fish_seen_subcommand_from status enable verify disable check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from status" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from status" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from status" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from status" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from status" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from status" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from enable" -l provider -d 'Identity provider' -r -f -a "microsoft\t''
google\t''
oidc\t''"
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from enable" -l client-id -d 'Client (application) id registered with the provider' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from enable" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from enable" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from enable" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from enable" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from enable" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from enable" -l secret-stdin -d 'Read the client secret from stdin (first line) instead of prompting'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from enable" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from enable" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from verify" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from verify" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from verify" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from verify" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from verify" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from verify" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from disable" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from disable" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from disable" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from disable" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from disable" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from disable" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from disable" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from check" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from check" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from check" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from check" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from check" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from check" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show a Workspace\'s SSO provider and state, and who must log in with SSO'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Set up an SSO provider for your default Workspace (Administrator only)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify the provider of your default Workspace, which makes SSO active'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Remove SSO from your default Workspace (users log in with a password again)'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from help" -f -a "check" -d 'Explain how a user logs in (SSO or password) and why'
complete -c emnify -n "__fish_emnify_using_subcommand sso; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -f -a "serve" -d 'Serve emnify\'s API on loopback until interrupted'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -f -a "reset" -d 'Restore the demo data (every change made in the emulator is lost)'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l port -d 'Port on 127.0.0.1 (0 picks a free one)' -r
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l db -d 'Database file (default: `emulator.db` in the user data directory or `$EMNIFY_DATA_DIR`)' -r -F
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l in-memory -d 'Keep the state in memory only (lost on exit)'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l db -d 'Database file (default: `emulator.db` in the user data directory or `$EMNIFY_DATA_DIR`)' -r -F
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve emnify\'s API on loopback until interrupted'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Restore the demo data (every change made in the emulator is lost)'
complete -c emnify -n "__fish_emnify_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand completion" -l out -d 'Instead of printing one script, write `completions/` (every shell) and `man/` (one page per command) under DIR' -r -F
complete -c emnify -n "__fish_emnify_using_subcommand completion" -s p -l profile -d 'Profile to use [env: EMNIFY_PROFILE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand completion" -s w -l workspace -d 'Run this command in Workspace W (id or name) without changing the profile; `user invite` takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]' -r
complete -c emnify -n "__fish_emnify_using_subcommand completion" -l api-url -d 'API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]' -r
complete -c emnify -n "__fish_emnify_using_subcommand completion" -s o -l output -d 'Output format [env: EMNIFY_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'A Markdown table (for tickets); `audit` renders a whole report'"
complete -c emnify -n "__fish_emnify_using_subcommand completion" -l color -d 'When to colour output (NO_COLOR is honoured by `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c emnify -n "__fish_emnify_using_subcommand completion" -l dynamic -d 'Print a script that asks emnify on each TAB, so Workspace and profile names complete too (read from the profile files; no network)'
complete -c emnify -n "__fish_emnify_using_subcommand completion" -l emulator -d 'Run against the embedded emulator, logged in as its demo SuperAdmin'
complete -c emnify -n "__fish_emnify_using_subcommand completion" -l no-input -d 'Never prompt; fail with the flag to use instead (implied when CI is set)'
complete -c emnify -n "__fish_emnify_using_subcommand completion" -s y -l yes -d 'Answer yes to confirmations'
complete -c emnify -n "__fish_emnify_using_subcommand completion" -s q -l quiet -d 'Silence status messages and hints on stderr (data and warnings still appear)'
complete -c emnify -n "__fish_emnify_using_subcommand completion" -s v -l verbose -d 'Log requests on stderr (method, path, status, time; never secrets); repeat for more'
complete -c emnify -n "__fish_emnify_using_subcommand completion" -l show-settings -d 'Print the resolved settings as JSON and exit'
complete -c emnify -n "__fish_emnify_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c emnify -n "__fish_emnify_using_subcommand completion" -s V -l version -d 'Print version'
complete -c emnify -n "__fish_emnify_using_subcommand help; and not __fish_seen_subcommand_from auth switch workspace user profile audit link sso emulator completion help" -f -a "auth" -d 'Log in and out, show the session, print a token'
complete -c emnify -n "__fish_emnify_using_subcommand help; and not __fish_seen_subcommand_from auth switch workspace user profile audit link sso emulator completion help" -f -a "switch" -d 'Change the active Workspace of the profile (`-` goes back)'
complete -c emnify -n "__fish_emnify_using_subcommand help; and not __fish_seen_subcommand_from auth switch workspace user profile audit link sso emulator completion help" -f -a "workspace" -d 'List and inspect your Workspaces'
complete -c emnify -n "__fish_emnify_using_subcommand help; and not __fish_seen_subcommand_from auth switch workspace user profile audit link sso emulator completion help" -f -a "user" -d 'Manage the users of your Workspaces, one at a time or from an access file'
complete -c emnify -n "__fish_emnify_using_subcommand help; and not __fish_seen_subcommand_from auth switch workspace user profile audit link sso emulator completion help" -f -a "profile" -d 'Manage named profiles'
complete -c emnify -n "__fish_emnify_using_subcommand help; and not __fish_seen_subcommand_from auth switch workspace user profile audit link sso emulator completion help" -f -a "audit" -d 'Audit users, roles and login methods across every Workspace you can reach'
complete -c emnify -n "__fish_emnify_using_subcommand help; and not __fish_seen_subcommand_from auth switch workspace user profile audit link sso emulator completion help" -f -a "link" -d 'Show linked Workspaces, request links, preview an unlink'
complete -c emnify -n "__fish_emnify_using_subcommand help; and not __fish_seen_subcommand_from auth switch workspace user profile audit link sso emulator completion help" -f -a "sso" -d 'Show and manage single sign-on, and check how a user logs in'
complete -c emnify -n "__fish_emnify_using_subcommand help; and not __fish_seen_subcommand_from auth switch workspace user profile audit link sso emulator completion help" -f -a "emulator" -d 'Run or reset the embedded emnify emulator'
complete -c emnify -n "__fish_emnify_using_subcommand help; and not __fish_seen_subcommand_from auth switch workspace user profile audit link sso emulator completion help" -f -a "completion" -d 'Print a shell completion script, or write every script and man page to a directory'
complete -c emnify -n "__fish_emnify_using_subcommand help; and not __fish_seen_subcommand_from auth switch workspace user profile audit link sso emulator completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Log in with user credentials (prompted, or --password-stdin) or an application token'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Forget the stored credentials of the profile'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show who you are, where the credentials come from and whether they work'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "token" -d 'Print a valid auth token for the current Workspace (for scripts; handle with care)'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "list" -d 'List every Workspace you can switch to, with your roles and status there'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "show" -d 'Show one Workspace (default: the current one)'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "current" -d 'Show the Workspace commands run in, and why'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "set-default" -d 'Make a Workspace your default (the one you log in to)'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "stats" -d 'Show daily data and SMS usage of Workspaces'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "request" -d 'Ask emnify for a new Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List the users of a Workspace (or of all you manage) with roles and status'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one user: profile, default Workspace, role and status per Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "invite" -d 'Invite someone to a Workspace; an existing user is added instead'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Give an existing user access to a Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "remove" -d 'Remove a user\'s access to a Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "suspend" -d 'Suspend a user in a Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "activate" -d 'Lift a user\'s suspension in a Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "role" -d 'Set or withdraw a user\'s role in a Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set-default" -d 'Change a user\'s default Workspace'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "apply" -d 'Make Workspaces match an access file (plan, confirm, apply)'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "export" -d 'Write the current users as an access file'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List profiles'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the active one'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show a profile (default: the one in use)'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "delete" -d 'Delete a profile and its stored credentials'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from link" -f -a "show" -d 'Show the main organisation, the SuperAdmin, the linked Workspaces and your access to each'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from link" -f -a "request" -d 'Ask emnify to link Workspaces to this one\'s main organisation'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from link" -f -a "unlink" -d 'Show who would lose or gain what if the Workspaces were unlinked (`--dry-run` only)'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from sso" -f -a "status" -d 'Show a Workspace\'s SSO provider and state, and who must log in with SSO'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from sso" -f -a "enable" -d 'Set up an SSO provider for your default Workspace (Administrator only)'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from sso" -f -a "verify" -d 'Verify the provider of your default Workspace, which makes SSO active'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from sso" -f -a "disable" -d 'Remove SSO from your default Workspace (users log in with a password again)'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from sso" -f -a "check" -d 'Explain how a user logs in (SSO or password) and why'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "serve" -d 'Serve emnify\'s API on loopback until interrupted'
complete -c emnify -n "__fish_emnify_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "reset" -d 'Restore the demo data (every change made in the emulator is lost)'
