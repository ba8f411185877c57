mod harness;

mod cloud;
mod demo;
mod drift;
mod fail_on;
mod link_sso;
mod scale;
