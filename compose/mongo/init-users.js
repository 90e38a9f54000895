// Run by compose/mongo/start.sh (mongosh, loopback interface) at every start of the MongoDB container of
// docker-compose.yml. Safe to run again:
// 1. initiates the single-member replica set rs0 when it is not yet (allowed before any user exists: MongoDB's
//    localhost exception);
// 2. creates the root user (MONGO_ROOT_USERNAME, default root / MONGO_ROOT_PASSWORD) when no user exists yet,
//    then logs in as it;
// 3. creates each service's user, or resets its password and roles when it exists, so that .env stays the one
//    place where passwords are kept: readWrite on the service's own database only, stored in admin (the
//    services' URIs say authSource=admin).
// Throws, and start.sh then stops the container, when a variable is missing or the root password does not match
// the stored one. No secret is in this file: every password comes from the environment.
const env = process.env;

function required(name) {
  const value = env[name];
  if (!value) {
    throw new Error(`${name} is not set (see .env.example)`);
  }
  return value;
}

const rootUser = env.MONGO_ROOT_USERNAME || 'root';
const rootPassword = required('MONGO_ROOT_PASSWORD');
const services = [
  { user: 'registry', password: required('MONGO_REGISTRY_PASSWORD'), db: 'drugctl_registry' },
  { user: 'hotspot', password: required('MONGO_HOTSPOT_PASSWORD'), db: 'drugctl_hotspot' },
  { user: 'reporting', password: required('MONGO_REPORTING_PASSWORD'), db: 'drugctl_reporting' },
];

const admin = db.getSiblingDB('admin');

// hello needs no authentication; a member started with --replSet reports no setName until initiated
if (!db.hello().setName) {
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] });
}
while (!db.hello().isWritablePrimary) {
  sleep(500);
}

function logInAsRoot() {
  try {
    admin.auth(rootUser, rootPassword);
    return true;
  } catch (e) {
    return false;
  }
}

if (!logInAsRoot()) {
  try {
    admin.createUser({ user: rootUser, pwd: rootPassword, roles: [{ role: 'root', db: 'admin' }] });
  } catch (e) {
    throw new Error(`cannot log in as ${rootUser} nor create it (${e.message}): `
      + 'does MONGO_ROOT_PASSWORD match the password stored in the data volume?');
  }
  admin.auth(rootUser, rootPassword);
}

for (const service of services) {
  const roles = [{ role: 'readWrite', db: service.db }];
  if (admin.getUser(service.user)) {
    admin.updateUser(service.user, { pwd: service.password, roles });
  } else {
    admin.createUser({ user: service.user, pwd: service.password, roles });
  }
}
print(`drugctl mongo: replica set rs0 primary; users ${services.map((s) => s.user).join(', ')} ready`);
