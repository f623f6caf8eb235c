// `sqlx::migrate!` reads the migrations when the server is compiled: a migration added
// must rebuild it, or the server would not know it.
fn main() {
    println!("cargo:rerun-if-changed=../migrations");
}
