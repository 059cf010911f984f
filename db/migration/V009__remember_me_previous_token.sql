-- The token a "keep me signed in" series had before its last refresh. Two requests that set out at once with the same
-- cookie (a browser restoring several tabs; a page's last requests racing a sign-in on another instance) would
-- otherwise look like a stolen cookie, and Spring Security signs the reader out on every device. For a minute after
-- a refresh, the previous token is still taken (see account.ui.RememberMeServices).
alter table persistent_logins add column previous_token varchar(64);
