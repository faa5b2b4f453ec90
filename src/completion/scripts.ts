// The completion scripts the shells source. Each asks `commtriage __complete` for the candidates,
// so they never go stale: commands, options, question ids and choices come from the program and
// the rule set in use. A first line ":files", ":dirs" or ":nospace" tells the script what to do.

const bash = `# bash completion for commtriage. Load it with: source <(commtriage completion bash)
_commtriage() {
  local line='' cur=\${COMP_WORDS[COMP_CWORD]-} i word previous=''
  if [[ -n \${COMP_LINE-} ]]; then
    line=\${COMP_LINE:0:COMP_POINT}
  else
    # No COMP_LINE: rebuild the line from the words, joining "=" and ":" to their neighbours.
    for ((i = 0; i <= COMP_CWORD; i++)); do
      word=\${COMP_WORDS[i]}
      if ((i > 0)) && [[ $word != [=:] && $previous != [=:] ]]; then line+=' '; fi
      line+=$word
      previous=$word
    done
  fi
  [[ $cur == [=:] ]] && cur=''
  local IFS=$'\\n'
  local -a out
  out=($(commtriage __complete --shell bash --line "$line" 2>/dev/null)) || return 0
  case \${out[0]-} in
    :files) COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null ;;
    :dirs) COMPREPLY=($(compgen -d -- "$cur")); compopt -o filenames 2>/dev/null ;;
    :nospace) compopt -o nospace 2>/dev/null; COMPREPLY=("\${out[@]:1}") ;;
    *) COMPREPLY=("\${out[@]}") ;;
  esac
}
complete -F _commtriage commtriage
`;

const zsh = `#compdef commtriage
# zsh completion for commtriage. Load it with: source <(commtriage completion zsh) (after compinit)
_commtriage() {
  local -a out values shown suffix
  local IFS=$'\\n' entry
  out=($(commtriage __complete --shell zsh -- "\${(@)words[2,CURRENT]}" 2>/dev/null)) || return 1
  case $out[1] in
    :files) _files; return ;;
    :dirs) _files -/; return ;;
    :nospace) suffix=(-S ''); shift out ;;
  esac
  for entry in $out; do
    values+=("\${entry%%$'\\t'*}")
    shown+=("\${entry/$'\\t'/  -- }")
  done
  compadd $suffix -l -d shown -a values
}
compdef _commtriage commtriage
`;

const fish = `# fish completion for commtriage. Save it with:
#   commtriage completion fish > ~/.config/fish/completions/commtriage.fish
function __commtriage_complete
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    set -l out (commtriage __complete --shell fish -- $tokens[2..-1] "$current" 2>/dev/null)
    switch "$out[1]"
        case :files
            __fish_complete_path "$current"
        case :dirs
            __fish_complete_directories "$current"
        case :nospace
            printf '%s\\n' $out[2..-1]
        case '*'
            printf '%s\\n' $out
    end
end
complete -c commtriage -f -a '(__commtriage_complete)'
`;

export const COMPLETION_SCRIPTS: Record<string, string> = { bash, zsh, fish };
