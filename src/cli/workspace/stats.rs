use clap::Args;
use serde::Serialize;

use super::shared::resolve;
use crate::api::models::{StatsDay, Volume};
use crate::api::workspaces::{daily_stats, StatsQuery};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::Tabular;

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Workspaces (id or name); default: the current one
    #[arg(value_name = "WORKSPACE")]
    pub targets: Vec<String>,
    /// Every Workspace you have access to
    #[arg(long, conflicts_with = "targets")]
    pub all: bool,
    /// First day, YYYY-MM-DD
    #[arg(long, value_parser = parse_date)]
    pub from: Option<String>,
    /// Last day, YYYY-MM-DD
    #[arg(long, value_parser = parse_date)]
    pub to: Option<String>,
}

fn parse_date(s: &str) -> Result<String, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(|d| d.format("%Y-%m-%d").to_string())
        .map_err(|_| format!("`{s}` is not a date like 2026-01-31"))
}

/// One day (or the `total`) of one Workspace: the JSON schema of `workspace stats`.
#[derive(Debug, Serialize)]
struct StatsRow {
    workspace_id: Option<i64>,
    /// `YYYY-MM-DD`, or `total`.
    date: String,
    data_volume: f64,
    data_volume_tx: f64,
    data_volume_rx: f64,
    sms_volume: f64,
    cost: Option<f64>,
    currency: Option<String>,
}

impl StatsRow {
    fn new(workspace_id: Option<i64>, date: String, day: &StatsDay) -> Self {
        let zero = Volume::default();
        let data = day.data_volume.as_ref().unwrap_or(&zero);
        let sms = day.sms_volume.as_ref().unwrap_or(&zero);
        let cost = match (data.cost, sms.cost) {
            (None, None) => None,
            // Rounded far below a cent so that the float sum prints as 4.45, not 4.449999999999999.
            (a, b) => Some(((a.unwrap_or(0.0) + b.unwrap_or(0.0)) * 1e9).round() / 1e9),
        };
        let currency = data
            .currency
            .as_ref()
            .or(sms.currency.as_ref())
            .and_then(|c| c.code.clone());
        StatsRow {
            workspace_id,
            date,
            data_volume: data.volume,
            data_volume_tx: data.volume_tx,
            data_volume_rx: data.volume_rx,
            sms_volume: sms.volume,
            cost,
            currency,
        }
    }
}

fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.3}")
    }
}

impl Tabular for StatsRow {
    fn headers() -> Vec<&'static str> {
        vec![
            "workspace_id",
            "date",
            "data_volume",
            "data_volume_tx",
            "data_volume_rx",
            "sms_volume",
            "cost",
            "currency",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.workspace_id.map(|i| i.to_string()).unwrap_or_default(),
            self.date.clone(),
            num(self.data_volume),
            num(self.data_volume_tx),
            num(self.data_volume_rx),
            num(self.sms_volume),
            self.cost.map(|c| format!("{c:.2}")).unwrap_or_default(),
            self.currency.clone().unwrap_or_default(),
        ]
    }
}

pub async fn run(ctx: &Context, args: StatsArgs) -> CliResult {
    if let (Some(f), Some(t)) = (&args.from, &args.to) {
        if f > t {
            return Err(CliError::usage(format!("--from {f} is after --to {t}")));
        }
    }
    let (client, current) = ctx.workspace_client().await?;
    let workspace_ids = if args.all {
        Vec::new()
    } else if args.targets.is_empty() {
        vec![current.id]
    } else {
        let all = ctx.my_workspaces().await?;
        args.targets
            .iter()
            .map(|s| resolve(&all, s).map(|w| w.id))
            .collect::<CliResult<Vec<_>>>()?
    };
    let q = StatsQuery {
        start_date: args.from,
        end_date: args.to,
        workspace_ids: workspace_ids.clone(),
    };
    let stats = daily_stats(&client, &q).await?;
    let single = (workspace_ids.len() == 1).then(|| workspace_ids[0]);
    let mut rows = Vec::new();
    for s in &stats {
        let id = s.id.map(|i| i as i64).or(single);
        for d in &s.days {
            rows.push(StatsRow::new(id, d.date.clone(), d));
        }
        if let Some(t) = &s.total {
            rows.push(StatsRow::new(id, "total".into(), t));
        }
    }
    ctx.ui.list(&rows)
}
