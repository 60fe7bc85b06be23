export { degree, strength } from "./degree.js";
