//! What the server exposes: the command-line flags, each also settable from the environment.

/// The default cap on one result's JSON text: about 25,000 tokens at 4 bytes a token.
pub const DEFAULT_MAX_RESULT_BYTES: usize = 100_000;

/// Which tools the server offers and how large a result may be.
///
/// Scopes and the key owner's role always apply on top of these: an option can only hide tools.
///
/// ```
/// use clap::Parser;
/// use talent_ray_mcp::Options;
///
/// #[derive(Parser)]
/// struct Cli {
///     #[command(flatten)]
///     options: Options,
/// }
/// let cli = Cli::parse_from(["talent-ray-mcp", "--read-only", "--toolsets", "candidates,roles"]);
/// assert!(cli.options.read_only);
/// assert_eq!(cli.options.toolsets, ["candidates", "roles"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, clap::Args)]
pub struct Options {
    /// Offer only read tools (GET operations); overrides every other option.
    #[arg(long, env = "TALENT_RAY_MCP_READ_ONLY")]
    pub read_only: bool,

    /// Offer only the tools of these groups (the spec's tags, lower-case with dashes:
    /// candidates, roles, api-keys, career-portal, …).
    #[arg(long, env = "TALENT_RAY_MCP_TOOLSETS", value_delimiter = ',')]
    pub toolsets: Vec<String>,

    /// Offer only these tools (by name, e.g. list_candidates,get_candidate).
    #[arg(long, env = "TALENT_RAY_MCP_TOOLS", value_delimiter = ',')]
    pub tools: Vec<String>,

    /// Never offer these tools (by name).
    #[arg(long, env = "TALENT_RAY_MCP_EXCLUDE_TOOLS", value_delimiter = ',')]
    pub exclude_tools: Vec<String>,

    /// Offer the key-minting tool (create_api_key), whose result puts a new secret into the
    /// model's context. Off by default.
    #[arg(long, env = "TALENT_RAY_MCP_ALLOW_KEY_MINTING")]
    pub allow_key_minting: bool,

    /// List each tool with the JSON Schema of its result (`outputSchema`). Off by default: the
    /// schemas more than double the size of `tools/list`, and results carry
    /// `structuredContent` either way.
    #[arg(long, env = "TALENT_RAY_MCP_OUTPUT_SCHEMAS")]
    pub output_schemas: bool,

    /// The largest result, in bytes of compact JSON; lists are cut on item boundaries to fit.
    #[arg(long, env = "TALENT_RAY_MCP_MAX_RESULT_BYTES", default_value_t = DEFAULT_MAX_RESULT_BYTES)]
    pub max_result_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            read_only: false,
            toolsets: Vec::new(),
            tools: Vec::new(),
            exclude_tools: Vec::new(),
            allow_key_minting: false,
            output_schemas: false,
            max_result_bytes: DEFAULT_MAX_RESULT_BYTES,
        }
    }
}
