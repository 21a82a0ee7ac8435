import { parallaxProject } from '../../vitest.shared'

export default parallaxProject('cluster')
