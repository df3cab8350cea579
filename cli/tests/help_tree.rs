//! A snapshot of the whole `--help` tree: any change to the command-line interface shows in
//! review.

fn render(cmd: &mut clap::Command, path: &str, out: &mut String) {
    // The root's long help (the credential order, exit codes); every command's `-h`.
    if path.contains(' ') {
        out.push_str(&format!("=== {path} -h\n"));
        out.push_str(&cmd.render_help().to_string());
    } else {
        out.push_str(&format!("=== {path} --help\n"));
        out.push_str(&cmd.render_long_help().to_string());
    }
    out.push('\n');
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        if name == "help" {
            continue;
        }
        let sub = cmd.find_subcommand_mut(&name).expect("listed");
        render(sub, &format!("{path} {name}"), out);
    }
}

#[test]
fn help_tree() {
    let mut cmd = talent_ray_cli::command().term_width(100);
    cmd.build();
    let mut out = String::new();
    render(&mut cmd, "talent-ray", &mut out);
    insta::assert_snapshot!(out);
}
