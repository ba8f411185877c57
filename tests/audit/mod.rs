mod harness;

mod demo;
mod drift;
mod fail_on;
mod link_sso;
mod scale;
