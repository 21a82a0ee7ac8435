import { parallaxProject } from '../../vitest.shared'

export default parallaxProject('compare')
