//! `completion SHELL`: completion scripts for bash, zsh and fish that complete every level
//! (nouns, verbs, flags).
//!
//! clap_complete's bash script mangles a program name that holds a hyphen: its state variable
//! becomes `talent__ray__…` while its case labels read `talent__subcmd__ray__…`, so nothing past
//! the first word completes. The script is therefore generated for a hyphen-free stand-in name
//! and only the line that registers it with `complete` names the real program.

use std::io::Write;

use clap_complete::Shell;

use crate::error::CliResult;

/// The program's name as users type it.
pub const PROGRAM: &str = "talent-ray";

/// The hyphen-free name the bash script's functions and states are generated under.
const BASH_STAND_IN: &str = "talentray";

/// The completion script for `shell`.
pub fn script(shell: Shell) -> String {
    let mut command = crate::command();
    let mut buffer = Vec::new();
    if shell == Shell::Bash {
        clap_complete::generate(shell, &mut command, BASH_STAND_IN, &mut buffer);
        let text = String::from_utf8_lossy(&buffer);
        text.lines()
            .map(|line| match line.trim_start().starts_with("complete -F ") {
                // `complete -F _talentray -o … talentray`: register the function for `talent-ray`.
                true => match line.rsplit_once(' ') {
                    Some((head, BASH_STAND_IN)) => format!("{head} {PROGRAM}"),
                    _ => line.to_owned(),
                },
                false => line.to_owned(),
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    } else {
        clap_complete::generate(shell, &mut command, PROGRAM, &mut buffer);
        String::from_utf8_lossy(&buffer).into_owned()
    }
}

/// Prints the script; a reader that goes away (`| head -1`) ends it quietly.
pub fn print(shell: Shell) -> CliResult {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(script(shell).as_bytes())?;
    stdout.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bash_registers_the_real_name_and_keeps_states_consistent() {
        let script = script(Shell::Bash);
        let registrations: Vec<&str> = script
            .lines()
            .filter(|l| l.trim_start().starts_with("complete -F "))
            .collect();
        assert!(!registrations.is_empty());
        for line in registrations {
            assert!(line.ends_with(" talent-ray"), "{line}");
        }
        // Every state the loop assigns has a case arm that completes it.
        for state in script
            .lines()
            .filter_map(|l| l.trim().strip_prefix("cmd=\"")?.strip_suffix('"'))
            .filter(|s| !s.is_empty())
        {
            assert!(
                script.contains(&format!("\n        {state})\n")),
                "state {state} has no completions"
            );
        }
    }
}
